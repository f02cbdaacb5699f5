package dev.jarmor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds archives whose entries are stored or deflated by choice (Spring Boot jars, WARs), reads them
 * back with each entry's method, and lays out the class path their launchers build.
 */
public final class Archives {

  /** An entry: its path, content, and whether it is stored uncompressed. */
  public record Entry(String path, byte[] data, boolean stored) {}

  private Archives() {}

  public static Entry stored(String path, byte[] data) {
    return new Entry(path, data, true);
  }

  public static Entry deflated(String path, byte[] data) {
    return new Entry(path, data, false);
  }

  /** Every file of a class folder as deflated entries under {@code prefix}. */
  public static List<Entry> folder(Path classes, String prefix) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Jars.entries(classes).forEach((path, data) -> entries.add(deflated(prefix + path, data)));
    return entries;
  }

  /** Writes the entries in order after the manifest (if any). */
  public static Path write(Path archive, Manifest manifest, List<Entry> entries) throws IOException {
    try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
      if (manifest != null) {
        zip.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
        manifest.write(zip);
        zip.closeEntry();
      }
      for (Entry entry : entries) {
        ZipEntry zipEntry = new ZipEntry(entry.path());
        if (entry.stored()) {
          CRC32 crc = new CRC32();
          crc.update(entry.data());
          zipEntry.setMethod(ZipEntry.STORED);
          zipEntry.setSize(entry.data().length);
          zipEntry.setCompressedSize(entry.data().length);
          zipEntry.setCrc(crc.getValue());
        }
        zip.putNextEntry(zipEntry);
        zip.write(entry.data());
        zip.closeEntry();
      }
    }
    return archive;
  }

  /** A jar of the given entries (all deflated), as bytes: a nested jar. */
  public static byte[] jar(Map<String, byte[]> entries) throws IOException {
    Path temp = Files.createTempFile("nested", ".jar");
    try {
      List<Entry> list = new ArrayList<>();
      new TreeMap<>(entries).forEach((path, data) -> list.add(deflated(path, data)));
      return Files.readAllBytes(write(temp, null, list));
    } finally {
      Files.delete(temp);
    }
  }

  /** Every file entry of an archive with its content and method, by path. */
  public static Map<String, Entry> read(Path archive) throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.isDirectory()) {
          try (InputStream in = zip.getInputStream(entry)) {
            entries.put(entry.getName(), new Entry(entry.getName(), in.readAllBytes(),
                entry.getMethod() == ZipEntry.STORED));
          }
        }
      }
    }
    return entries;
  }

  /**
   * Asserts that every entry of {@code input} outside the class root and the manifest is in {@code output} as it
   * was: the same bytes, stored or deflated alike.
   */
  public static void assertCarried(Path input, Path output, String classRoot) throws IOException {
    Map<String, Entry> after = read(output);
    for (Entry entry : read(input).values()) {
      if (!entry.path().startsWith(classRoot) && !entry.path().equals(JarFile.MANIFEST_NAME)) {
        assertThat(after.get(entry.path())).as(entry.path()).isNotNull();
        assertThat(after.get(entry.path()).data()).as(entry.path()).isEqualTo(entry.data());
        assertThat(after.get(entry.path()).stored()).as(entry.path()).isEqualTo(entry.stored());
      }
    }
  }

  /**
   * The class path a launcher builds from an archive, written into {@code into}: the entries of the
   * class root in a folder, then each nested jar of the library folder as a file, in path order.
   */
  public static List<Path> classPath(Path archive, String classRoot, String libraryFolder, Path into)
      throws IOException {
    Path classes = Files.createDirectories(into.resolve("classes"));
    List<Path> path = new ArrayList<>(List.of(classes));
    for (Entry entry : read(archive).values()) {
      if (entry.path().startsWith(classRoot)) {
        Path file = classes.resolve(entry.path().substring(classRoot.length()));
        Files.createDirectories(file.getParent());
        Files.write(file, entry.data());
      } else if (entry.path().startsWith(libraryFolder) && entry.path().endsWith(".jar")) {
        path.add(Files.write(into.resolve(entry.path().substring(libraryFolder.length())), entry.data()));
      }
    }
    return path;
  }
}
