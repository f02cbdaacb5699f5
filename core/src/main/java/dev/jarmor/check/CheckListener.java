package dev.jarmor.check;

import dev.jarmor.JarmorListener;

/**
 * Receives what a check is doing; the engine prints nothing itself. The protect runs of each variant report
 * their stages and warnings through the {@link JarmorListener} methods.
 *
 * <p>Called from the thread that runs the check.
 */
public interface CheckListener extends JarmorListener {

  /** A listener that drops everything. */
  CheckListener SILENT = new CheckListener() {};

  /**
   * Something starts for a build: {@code build} is {@code original} or a variant ({@code level 1, wire open});
   * {@code what} is {@code protecting}, {@code sequence 1}, {@code sequence 1, original then protected},
   * {@code tests} or {@code tests again: 3}.
   */
  default void running(String build, String what) {}

  /** A variant's result is known. */
  default void variantDone(VariantResult result) {}
}
