package dev.jarmor.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The project's main artifact, and its unprotected copy beside it ({@code <name>-unprotected.jar}) once the protect
 * goal has put the protected jar in its place.
 *
 * <p>A later build that does not clean may find nothing for the jar plugin to rebuild, and leave in place the
 * protected jar, or what a plugin after jarmor made of it (Spring Boot's executable jar, a shaded jar): protecting
 * that again would protect protected classes and overwrite the unprotected copy. So the classes protection changed
 * are recorded, by entry name and CRC ({@code jarmor/protected-classes.txt}); an artifact holding all of them, at its
 * top or under {@code BOOT-INF/classes/} or {@code WEB-INF/classes/}, derives from the protected jar, and the copy is
 * the program. A jar the compiler's classes were packed into anew holds none of them. When protection changed no
 * class (level 0), nothing is recorded: protecting such an artifact again gives it back as it is.
 */
final class MainArtifact {

  /** Where a jar that packages another one puts its classes. */
  private static final List<String> CLASS_ROOTS = List.of("", "BOOT-INF/classes/", "WEB-INF/classes/");

  private final Path file;
  private final Path unprotected;
  private final Path record;

  /**
   * @param file the main artifact
   * @param workFolder the plugin's folder ({@code target/jarmor}), where the record is kept
   */
  MainArtifact(Path file, Path workFolder) {
    this.file = file;
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    this.unprotected = file.resolveSibling(dot < 0 ? name + "-unprotected" : name.substring(0, dot) + "-unprotected"
        + name.substring(dot));
    this.record = workFolder.resolve("protected-classes.txt");
  }

  Path file() {
    return file;
  }

  Path unprotected() {
    return unprotected;
  }

  /** The program as built: the unprotected copy when the artifact derives from the protected jar, else itself. */
  Path program() {
    return isProtected() ? unprotected : file;
  }

  /**
   * Makes the unprotected copy the program to protect, unless the artifact derives from the protected jar (then the
   * copy is the program already); returns whether a copy was made, which a failed protect removes.
   */
  boolean copyUnprotected() throws MojoExecutionException {
    if (isProtected()) {
      return false;
    }
    try {
      Files.copy(file, unprotected, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      return true;
    } catch (IOException e) {
      throw new MojoExecutionException("jarmor: cannot copy " + file + " to " + unprotected + ": " + e, e);
    }
  }

  /** Forgets the copy a protect that failed made: the artifact is as it was built. */
  void removeCopy() {
    try {
      Files.deleteIfExists(unprotected);
    } catch (IOException e) {
      // the copy equals the artifact, which is untouched: nothing is wrong if it stays
    }
  }

  /** Records the classes protection changed, now that the artifact is the protected jar written from the copy. */
  void markProtected() throws MojoExecutionException {
    try {
      Map<String, Long> changed = classes(file);
      changed.entrySet().removeAll(classes(unprotected).entrySet());
      if (changed.isEmpty()) {
        Files.deleteIfExists(record);
        return;
      }
      Files.createDirectories(record.getParent());
      StringBuilder text = new StringBuilder();
      changed.forEach((name, crc) -> text.append(Long.toHexString(crc)).append(' ').append(name).append('\n'));
      Files.writeString(record, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("jarmor: cannot record the protected classes in " + record + ": " + e, e);
    }
  }

  private boolean isProtected() {
    if (!Files.isRegularFile(record) || !Files.isRegularFile(unprotected)) {
      return false;
    }
    try {
      Map<String, Long> recorded = new TreeMap<>();
      for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        recorded.put(line.substring(space + 1), Long.parseUnsignedLong(line.substring(0, space), 16));
      }
      Map<String, Long> present = classes(file);
      return CLASS_ROOTS.stream().anyMatch(root -> recorded.entrySet().stream()
          .allMatch(e -> e.getValue().equals(present.get(root + e.getKey()))));
    } catch (IOException | RuntimeException e) {
      // an unreadable record says nothing: the artifact is taken as built
      return false;
    }
  }

  /** Every class entry of a jar with its CRC. */
  private static Map<String, Long> classes(Path jar) throws IOException {
    Map<String, Long> classes = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".class")) {
          classes.put(entry.getName(), entry.getCrc());
        }
      }
    }
    return classes;
  }
}
