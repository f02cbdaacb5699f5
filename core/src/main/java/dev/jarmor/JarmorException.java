package dev.jarmor;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A failure that jarmor reports to its user as one line and an exit code; never a stack trace.
 *
 * <p>Each kind owns its documented exit code so that every front end (CLI, Maven plugin) reports the
 * same failure the same way.
 */
public class JarmorException extends RuntimeException {

  /** What went wrong, from the user's point of view; each kind has its own exit code. */
  public enum Kind {
    /** The command line or an option's value is wrong. */
    USAGE(2),
    /** An input or library is unreadable or invalid, or a class the hierarchy needs is missing. */
    INPUT(3),
    /** A bug in jarmor, or the JVM running it out of memory. */
    INTERNAL(4),
    /** Protection broke an output class: it fails verification or linking, and the input's does not. */
    VERIFICATION(5);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    /** The process exit code the CLI uses for this kind. */
    public int exitCode() {
      return exitCode;
    }
  }

  private final Kind kind;
  private final String where;
  private final String detail;

  public JarmorException(Kind kind, String what, String where) {
    this(kind, what, where, null);
  }

  public JarmorException(Kind kind, String what, String where, Throwable cause) {
    this(kind, what, where, cause, null);
  }

  /** @param detail what {@code --debug} shows beyond the one line, such as the verifier's frame; may be null */
  public JarmorException(Kind kind, String what, String where, Throwable cause, String detail) {
    super(what, cause);
    this.kind = kind;
    this.where = where;
    this.detail = detail;
  }

  public static JarmorException usage(String what) {
    return new JarmorException(Kind.USAGE, what, null);
  }

  public static JarmorException input(String what, String where) {
    return new JarmorException(Kind.INPUT, what, where);
  }

  public static JarmorException input(String what, String where, Throwable cause) {
    return new JarmorException(Kind.INPUT, what, where, cause);
  }

  /**
   * A file the user named that cannot be read, exit 3: {@code <noun> not found (<path>)} when it is missing,
   * {@code cannot read <noun>: <the system's reason> (<path>)} otherwise.
   */
  public static JarmorException unreadable(String noun, Path path, IOException cause) {
    String what = cause instanceof NoSuchFileException ? noun + " not found" : "cannot read " + noun + ": "
        + reason(cause);
    return new JarmorException(Kind.INPUT, what, path.toString(), cause);
  }

  /** A file that cannot be written, exit 3: {@code cannot write <noun>: <the system's reason> (<path>)}. */
  public static JarmorException unwritable(String noun, Path path, IOException cause) {
    return new JarmorException(Kind.INPUT, "cannot write " + noun + ": " + reason(cause), path.toString(), cause);
  }

  /**
   * The JVM running jarmor ran out of memory, exit 4: the maximum heap it had and how to raise it, with a size to
   * try (twice that, in whole GiB). Thrown by a front end that caught the error, once what filled the heap is gone.
   *
   * @param raise how a user of this front end sets the JVM's maximum heap, {@code %s} standing for the option itself:
   *     {@code "MAVEN_OPTS=%s"} gives {@code MAVEN_OPTS=-Xmx4g}
   */
  public static JarmorException outOfMemory(OutOfMemoryError e, String raise) {
    long max = Runtime.getRuntime().maxMemory();
    long gib = Math.max(1, (2 * max + (1L << 30) - 1) >> 30);
    // a parallel stream hands its caller a new error, caused by the worker's, which says what ran out
    String ranOut = null;
    for (Throwable t = e; t != null && ranOut == null; t = t.getCause()) {
      ranOut = t.getMessage();
    }
    String what = ranOut == null ? "" : " (" + ranOut + ")";
    return new JarmorException(Kind.INTERNAL, "out of memory" + what + " with a maximum heap of " + (max >> 20)
        + " MiB: raise it with " + raise.replace("%s", "-Xmx" + gib + "g"), null, e);
  }

  /**
   * What the operating system said, without the path the JDK puts first in most messages: the path a user
   * sees is the one they named, not a temporary file's or a parent folder's.
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
      return "a file stands where a folder is needed";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  public Kind kind() {
    return kind;
  }

  /** The file, entry, class or method the failure is about, or null. */
  public String where() {
    return where;
  }

  /** What a user debugging the failure sees beyond {@link #userMessage()}, or null. */
  public String detail() {
    return detail;
  }

  /** The one line a user sees: {@code <what> (<where>)}. */
  public String userMessage() {
    return where == null ? getMessage() : getMessage() + " (" + where + ")";
  }
}
