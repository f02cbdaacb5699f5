/**
 * Reading the program and its libraries. {@link dev.jarmor.input.InputReader} turns jars and class
 * folders into an immutable {@link dev.jarmor.input.Program} (classes parsed once, multi-release
 * variants, resources, manifest) and rejects bad input with one clear message;
 * {@link dev.jarmor.input.LibraryPath} finds library and JDK class files on demand without loading them.
 * An input jar is read through its central directory ({@code ZipDirectory}) and held whole, once: every entry's
 * content is an {@link dev.jarmor.input.EntryContent}, a range of the jar's bytes, checked when read, held compressed
 * as the jar stores it and inflated only when something reads it.
 * Class files are parsed with one string per distinct constant text across classes
 * ({@code SharedStrings}). After the analysis the input's trees are held softly
 * ({@link dev.jarmor.input.ProgramClass}): parsed again from the class files when memory ran short, or visited
 * straight from them, so the passes' trees have the memory.
 *
 * <p>A Spring Boot executable jar or a WAR is read by its {@link dev.jarmor.input.Layout}: the classes
 * and resources of its class root ({@code BOOT-INF/classes/}, {@code WEB-INF/classes/}) are the program,
 * their paths relative to that root as a class loader sees them; nested jars named by
 * {@code --program-lib} join the program, each class and resource naming its jar as its container;
 * everything else is an {@link dev.jarmor.input.ArchiveEntry} the output carries unchanged, and the other
 * nested jars are also the first libraries of the {@link dev.jarmor.input.LibraryPath}, read in place through
 * their central directory (a nested jar is held once, as the bytes the output carries).
 */
package dev.jarmor.input;
