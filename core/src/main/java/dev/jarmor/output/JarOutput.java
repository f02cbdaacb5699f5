package dev.jarmor.output;

import dev.jarmor.input.ArchiveEntry;
import dev.jarmor.input.EntryContent;
import dev.jarmor.input.Layout;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.input.Resource;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Writes a program as a jar, reproducibly and atomically: the manifest first, then every entry in
 * path order with its parent folders, all with one fixed timestamp; written to a temporary file
 * beside the target and moved into place only when complete, so a failure leaves no partial jar.
 *
 * <p>The jar has the input's {@link Layout}: the program's classes and resources go under its class
 * root ({@code BOOT-INF/classes/}, {@code WEB-INF/classes/}); each nested jar protected with the program
 * is written anew, in the same way, at its path, stored if it was (Spring Boot's launcher reads a nested
 * jar in place and refuses a compressed one); what the layout carries goes out as it came in.
 */
public final class JarOutput {

  private JarOutput() {}

  /**
   * Writes the program to {@code target}, replacing it only once the new jar is complete and
   * {@code check} has accepted it (the check sees the finished jar under a temporary name and
   * throws to reject it).
   */
  public static void write(Program program, Path target, Consumer<Path> check) {
    Layout layout = program.layout();
    TreeMap<String, TreeMap<String, EntryContent>> containers = containers(program);
    TreeMap<String, ZipWriter.Entry> entries = new TreeMap<>();
    containers.remove("").forEach((path, data) -> entries.put(layout.classRoot() + path,
        new ZipWriter.Entry(layout.classRoot() + path, data)));
    for (ArchiveEntry jar : layout.programLibs()) {
      byte[] rewritten = nestedJar(containers.getOrDefault(jar.path(), new TreeMap<>()));
      entries.put(jar.path(), new ZipWriter.Entry(jar.path(), EntryContent.of(rewritten), jar.stored()));
    }
    for (ArchiveEntry carried : layout.carried().values()) {
      entries.put(carried.path(), new ZipWriter.Entry(carried.path(), carried.content(), carried.stored()));
    }
    EntryContent manifest = program.manifest() == null ? null : EntryContent.of(manifestBytes(program.manifest()));
    List<ZipWriter.Entry> zipEntries = withFolders(manifest, entries);
    AtomicFile.write(target, "output", temp -> {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        ZipWriter.write(zipEntries, file);
      }
      check.accept(temp);
    });
  }

  /**
   * Writes the program's classes and resources, of every container, at the top of one jar without a
   * manifest: what a class loader of the layout's class path sees of them.
   */
  static void writeFlat(Program program, OutputStream out) throws IOException {
    TreeMap<String, ZipWriter.Entry> entries = new TreeMap<>();
    containers(program).values().forEach(content -> content.forEach((path, data) ->
        entries.putIfAbsent(path, new ZipWriter.Entry(path, data))));
    ZipWriter.write(withFolders(null, entries), out);
  }

  /** The program's classes and resources by container ("" for the program's own), each by path, classes first. */
  private static TreeMap<String, TreeMap<String, EntryContent>> containers(Program program) {
    TreeMap<String, TreeMap<String, EntryContent>> containers = new TreeMap<>();
    containers.put("", new TreeMap<>());
    List<ProgramClass> classes = program.allClasses();
    // deflated as each class is written: a large program's class files are not held uncompressed all at once
    List<EntryContent> bytes = classes.parallelStream().map(pc -> EntryContent.deflate(ClassBytes.of(pc.node())))
        .toList();
    for (int i = 0; i < classes.size(); i++) {
      ProgramClass pc = classes.get(i);
      containers.computeIfAbsent(pc.container(), k -> new TreeMap<>()).put(pc.entryPath(), bytes.get(i));
    }
    for (Resource resource : program.resources().values()) {
      containers.computeIfAbsent(resource.container(), k -> new TreeMap<>()).putIfAbsent(resource.path(),
          resource.content());
    }
    return containers;
  }

  /** A nested jar protected with the program, written like the output itself: its own manifest first. */
  private static byte[] nestedJar(TreeMap<String, EntryContent> content) {
    EntryContent manifest = content.remove(JarFile.MANIFEST_NAME);
    TreeMap<String, ZipWriter.Entry> entries = new TreeMap<>();
    content.forEach((path, data) -> entries.put(path, new ZipWriter.Entry(path, data)));
    ByteArrayOutputStream jar = new ByteArrayOutputStream();
    try {
      ZipWriter.write(withFolders(manifest, entries), jar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar.toByteArray();
  }

  /** The manifest (if any) first, then every entry in path order, each after the folders above it. */
  private static List<ZipWriter.Entry> withFolders(EntryContent manifest, TreeMap<String, ZipWriter.Entry> entries) {
    List<ZipWriter.Entry> zipEntries = new ArrayList<>(entries.size() + 64);
    TreeSet<String> folders = new TreeSet<>();
    if (manifest != null) {
      folders.add("META-INF/");
      zipEntries.add(new ZipWriter.Entry("META-INF/", EntryContent.empty()));
      zipEntries.add(new ZipWriter.Entry(JarFile.MANIFEST_NAME, manifest));
    }
    for (Map.Entry<String, ZipWriter.Entry> entry : entries.entrySet()) {
      String path = entry.getKey();
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        String folder = path.substring(0, slash + 1);
        if (folders.add(folder)) {
          zipEntries.add(new ZipWriter.Entry(folder, EntryContent.empty()));
        }
      }
      zipEntries.add(entry.getValue());
    }
    return zipEntries;
  }

  private static byte[] manifestBytes(Manifest manifest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      manifest.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
