package dev.jarmor;

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
    /** A bug in jarmor. */
    INTERNAL(4),
    /** An output class failed verification. */
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

  public JarmorException(Kind kind, String what, String where) {
    this(kind, what, where, null);
  }

  public JarmorException(Kind kind, String what, String where, Throwable cause) {
    super(what, cause);
    this.kind = kind;
    this.where = where;
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

  public Kind kind() {
    return kind;
  }

  /** The file, entry, class or method the failure is about, or null. */
  public String where() {
    return where;
  }

  /** The one line a user sees: {@code <what> (<where>)}. */
  public String userMessage() {
    return where == null ? getMessage() : getMessage() + " (" + where + ")";
  }
}
