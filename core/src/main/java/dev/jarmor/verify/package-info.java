/**
 * Verification of the output. {@link dev.jarmor.verify.BytecodeVerifier} runs ASM's data-flow
 * analyzer over every method with types resolved through our hierarchy (never by loading user
 * classes); {@link dev.jarmor.verify.LoadVerifier} ({@code --verify-load}) links every class in a
 * fresh JVM with the JVM's own verifier. Both fail the run only for what protection broke: what fails in
 * the output is checked in the input the same way, and what fails there too is a warning. A type missing
 * from the classpath is unknown, never wrong ({@link dev.jarmor.verify.HierarchyVerifier}); the pass that
 * broke a method is found by running the passes again ({@link dev.jarmor.verify.Replay}).
 */
package dev.jarmor.verify;
