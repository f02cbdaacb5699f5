package dev.jarmor.output;

import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.input.Resource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a program as a jar, reproducibly and atomically: the manifest first, then every entry in
 * path order with its parent folders, all with one fixed timestamp; written to a temporary file
 * beside the target and moved into place only when complete, so a failure leaves no partial jar.
 */
public final class JarOutput {

  /** The timestamp of every entry: fixed, so the same input gives the same bytes. */
  private static final LocalDateTime TIMESTAMP = LocalDateTime.of(2000, 1, 1, 0, 0);

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
    AtomicFile.write(target, "output", temp -> {
      try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(file)) {
        TreeSet<String> folders = new TreeSet<>();
        if (program.manifest() != null) {
          folders.add("META-INF/");
          put(zip, "META-INF/", new byte[0]);
          ByteArrayOutputStream manifest = new ByteArrayOutputStream();
          program.manifest().write(manifest);
          put(zip, JarFile.MANIFEST_NAME, manifest.toByteArray());
        }
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
          String path = entry.getKey();
          for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash + 1);
            if (folders.add(folder)) {
              put(zip, folder, new byte[0]);
            }
          }
          put(zip, path, entry.getValue());
        }
      }
      check.accept(temp);
    });
  }

  private static void put(ZipOutputStream zip, String path, byte[] data) throws IOException {
    ZipEntry entry = new ZipEntry(path);
    entry.setTimeLocal(TIMESTAMP);
    zip.putNextEntry(entry);
    zip.write(data);
    zip.closeEntry();
  }
}
