/**
 * Verification of the output. {@link dev.jarmor.verify.BytecodeVerifier} runs ASM's data-flow
 * analyzer over every method with types resolved through our hierarchy (never by loading user
 * classes); {@link dev.jarmor.verify.LoadVerifier} ({@code --verify-load}) links every class in a
 * fresh JVM with the JVM's own verifier.
 */
package dev.jarmor.verify;
