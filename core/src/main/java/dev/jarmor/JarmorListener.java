package dev.jarmor;

/**
 * Receives what the engine has to say while it works; the engine itself never writes to a console.
 *
 * <p>Implementations must be thread-safe: stages may report from worker threads.
 */
public interface JarmorListener {

  /** A listener that drops everything. */
  JarmorListener SILENT = new JarmorListener() {};

  /** A stage begins; {@code total} is the number of items it will process, or -1 if unknown. */
  default void stage(String name, int total) {}

  /** Something the user should know that does not stop the run (a dropped signature, an unsupported rule option). */
  default void warning(String message) {}
}
