/**
 * jarmor's engine as a library. {@link dev.jarmor.Jarmor} is the entry point: {@code analyze} reads a
 * program and decides every name ({@link dev.jarmor.Analysis}); {@code protect} also runs the passes,
 * verifies and writes the output. Options come in as {@link dev.jarmor.ProtectOptions}; progress and
 * warnings go out through a {@link dev.jarmor.JarmorListener}; every user-facing failure is a
 * {@link dev.jarmor.JarmorException} with a kind that fixes its exit code.
 *
 * <p>One package per pipeline stage: {@code input} → {@code hierarchy} → {@code boundary} →
 * {@code plan} → {@code passes} → {@code verify} → {@code output}; {@code rename} makes names,
 * {@code rules} reads ProGuard rules, {@code report} and {@code mapping} describe the result.
 */
package dev.jarmor;
