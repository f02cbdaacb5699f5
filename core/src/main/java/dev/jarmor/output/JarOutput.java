package dev.jarmor.output;

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

/**
 * Writes a program as a jar, reproducibly and atomically: the manifest first, then every entry in
 * path order with its parent folders, all with one fixed timestamp; written to a temporary file
 * beside the target and moved into place only when complete, so a failure leaves no partial jar.
 */
public final class JarOutput {

  private JarOutput() {}

  /** The entries a program is written as: path to bytes, in path order, manifest excluded. */
  public static TreeMap<String, byte[]> entries(Program program) {
    TreeMap<String, byte[]> entries = new TreeMap<>();
    List<ProgramClass> classes = program.allClasses();
    List<byte[]> bytes = classes.parallelStream().map(pc -> ClassBytes.of(pc.node())).toList();
    for (int i = 0; i < classes.size(); i++) {
      entries.put(classes.get(i).entryPath(), bytes.get(i));
    }
    for (Map.Entry<String, Resource> resource : program.resources().entrySet()) {
      entries.putIfAbsent(resource.getKey(), resource.getValue().data());
    }
    return entries;
  }

  /**
   * Writes the program to {@code target}, replacing it only once the new jar is complete and
   * {@code check} has accepted it (the check sees the finished jar under a temporary name and
   * throws to reject it).
   */
  public static void write(Program program, Path target, Consumer<Path> check) {
    write(entries(program), program, target, check);
  }

  static void write(TreeMap<String, byte[]> entries, Program program, Path target, Consumer<Path> check) {
    List<ZipWriter.Entry> zipEntries = new ArrayList<>(entries.size() + 64);
    TreeSet<String> folders = new TreeSet<>();
    if (program.manifest() != null) {
      folders.add("META-INF/");
      zipEntries.add(new ZipWriter.Entry("META-INF/", new byte[0]));
      ByteArrayOutputStream manifest = new ByteArrayOutputStream();
      try {
        program.manifest().write(manifest);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      zipEntries.add(new ZipWriter.Entry(JarFile.MANIFEST_NAME, manifest.toByteArray()));
    }
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      String path = entry.getKey();
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        String folder = path.substring(0, slash + 1);
        if (folders.add(folder)) {
          zipEntries.add(new ZipWriter.Entry(folder, new byte[0]));
        }
      }
      zipEntries.add(new ZipWriter.Entry(path, entry.getValue()));
    }
    AtomicFile.write(target, "output", temp -> {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        ZipWriter.write(zipEntries, file);
      }
      check.accept(temp);
    });
  }
}
