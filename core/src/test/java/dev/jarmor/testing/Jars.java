package dev.jarmor.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Builds and reads jars for tests. */
public final class Jars {

  private Jars() {}

  /** Writes a jar of the given entries (path to bytes) with an optional manifest. */
  public static Path write(Path jar, Map<String, byte[]> entries, Manifest manifest) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
      for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }

  /**
   * Writes {@code target}: a copy of {@code jar} with its entries (path to bytes, folders and manifest aside) as
   * {@code change} leaves them, the manifest kept.
   */
  public static Path rewrite(Path jar, Path target, java.util.function.Consumer<Map<String, byte[]>> change)
      throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    Manifest manifest;
    try (JarFile file = new JarFile(jar.toFile())) {
      manifest = file.getManifest();
      for (JarEntry entry : java.util.Collections.list(file.entries())) {
        if (!entry.isDirectory() && !entry.getName().equals(JarFile.MANIFEST_NAME)) {
          try (java.io.InputStream in = file.getInputStream(entry)) {
            entries.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    change.accept(entries);
    return write(target, entries, manifest);
  }

  /** Every file under a class folder, as jar entries. */
  public static Map<String, byte[]> entries(Path folder) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        try {
          entries.put(folder.relativize(f).toString().replace(java.io.File.separatorChar, '/'), Files.readAllBytes(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return entries;
  }

  /** A manifest with the given main attributes. */
  public static Manifest manifest(String... keyValues) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    for (int i = 0; i < keyValues.length; i += 2) {
      manifest.getMainAttributes().putValue(keyValues[i], keyValues[i + 1]);
    }
    return manifest;
  }

  /** Entry names of a jar, sorted. */
  public static java.util.List<String> names(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(JarEntry::getName).sorted().toList();
    }
  }

  /** A jar entry's content as UTF-8 text. */
  public static String text(Path jar, String entry) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      java.util.zip.ZipEntry found = zip.getEntry(entry);
      if (found == null) {
        throw new java.io.FileNotFoundException(entry + " in " + jar);
      }
      return new String(zip.getInputStream(found).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
