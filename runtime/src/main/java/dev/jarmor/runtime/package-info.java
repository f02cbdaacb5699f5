/**
 * The classes a protected program runs with: jarmor copies them into every jar whose passes need
 * them, under a package and class names chosen per build, so a protected program has no dependency
 * on jarmor. They are compiled for Java 8 and use nothing beyond java.base.
 *
 * <p>{@link dev.jarmor.runtime.Cipher} is the one string cipher, used by jarmor to encode and by
 * the program to decode. {@link dev.jarmor.runtime.Strings} and {@link dev.jarmor.runtime.Concat}
 * are the bootstraps of encrypted string constants and of string concatenation recipes;
 * {@link dev.jarmor.runtime.Keys} holds the run-time values number and flow obfuscation compute
 * with; {@link dev.jarmor.runtime.Calls} is the bootstrap of hidden method calls;
 * {@link dev.jarmor.runtime.MachineIdentifiers} reads the identifiers a licence binds to, for the program and for
 * {@code jarmor license machine} alike. Every entry point is public and static: program classes in any package call
 * them.
 */
package dev.jarmor.runtime;
