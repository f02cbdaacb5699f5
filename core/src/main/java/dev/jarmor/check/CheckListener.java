package dev.jarmor.check;

import dev.jarmor.JarmorListener;
import dev.jarmor.check.fix.FixSearch;

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

  /**
   * The fix search reruns a failing variant: run {@code run} of the {@code budget}, trying {@code what}
   * ({@code rename off}, {@code 3 rules}, {@code the rules found so far}).
   */
  default void fixRun(Variant variant, int run, int budget, String what) {}

  /** The fix search is done with a failure of a variant: the rules it found, or that it left the failure unresolved. */
  default void fixDone(Variant variant, FixSearch.Result result) {}
}
