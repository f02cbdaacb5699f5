package dev.jarmor.output;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes every file jarmor produces (jar, mapping, report) the same way: into a hidden temporary
 * file beside the target, moved into place only once complete, so that no failure, crash or
 * interrupt ever leaves a partial file under the target's name.
 */
public final class AtomicFile {

  /** Fills the temporary file; may throw to abandon it. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path temp) throws IOException;
  }

  /** Writes text through a writer. */
  @FunctionalInterface
  public interface Text {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Writes {@code target} atomically.
   *
   * @param what what the file is, for the error message ("output", "mapping", "report")
   */
  public static void write(Path target, String what, Content content) {
    Path temp = null;
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      content.writeTo(temp);
      givePermissions(temp, target);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw JarmorException.unwritable(what, target, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is hidden and named after the target; nothing else depends on it
        }
      }
    }
  }

  /**
   * A temporary file is created readable by its owner only; the file it becomes keeps the mode of
   * the file it replaces, or gets the usual rw-r--r-- of a new file.
   */
  private static void givePermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /** Writes a UTF-8 text file atomically. */
  public static void writeText(Path target, String what, Text text) {
    write(target, what, temp -> {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        text.writeTo(out);
      }
    });
  }
}
