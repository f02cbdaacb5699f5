/**
 * Reading the program and its libraries. {@link dev.jarmor.input.InputReader} turns jars and class
 * folders into an immutable {@link dev.jarmor.input.Program} (classes parsed once, multi-release
 * variants, resources, manifest) and rejects bad input with one clear message;
 * {@link dev.jarmor.input.LibraryPath} finds library and JDK class files on demand without loading them.
 */
package dev.jarmor.input;
