package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The fresh folders runs work in: a copy of {@code --files}, and what is in them once a run ended. */
final class WorkingDirectories {

  private WorkingDirectories() {}

  /** Creates {@code directory} holding a copy of {@code files} (none when null). */
  static Path create(Path directory, Path files) {
    try {
      Files.createDirectories(directory);
      if (files != null) {
        try (Stream<Path> tree = Files.walk(files)) {
          for (Path from : tree.toList()) {
            Path to = directory.resolve(files.relativize(from).toString());
            if (Files.isDirectory(from)) {
              Files.createDirectories(to);
            } else {
              Files.copy(from, to);
            }
          }
        }
      }
      return directory;
    } catch (IOException e) {
      throw JarmorException.unreadable("--files folder", files, e);
    }
  }

  /** Every regular file under {@code directory}, by relative path with {@code /}, with its content's SHA-256. */
  static SortedMap<String, String> snapshot(Path directory) {
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<Path> tree = Files.walk(directory)) {
      tree.filter(Files::isRegularFile).forEach(
          f -> files.put(directory.relativize(f).toString().replace(java.io.File.separatorChar, '/'), sha256(f)));
    } catch (IOException | UncheckedIOException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "cannot read a run's files: " + e.getMessage(),
          directory.toString(), e);
    }
    return files;
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[65536];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Deletes a folder and everything in it; a file another process still holds is left behind. */
  static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(directory)) {
      for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder under the system's; what cannot be deleted now the system cleans up later
    }
  }
}
