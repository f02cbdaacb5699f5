package dev.jarmor.cli;

import dev.jarmor.check.CheckFormatter;
import dev.jarmor.check.CheckListener;
import dev.jarmor.check.Variant;
import dev.jarmor.check.VariantResult;
import dev.jarmor.check.fix.FixSearch;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Prints a check's progress on stderr, {@code jarmor: level 1, wire open: sequence 1 at 3.2 s}, and the fix
 * search's, {@code jarmor: fix: level 1, wire open: run 3 of 200: 2 rules at 9.4 s}, unless quiet, and
 * the warnings of its protect runs once each: every variant protects the same program and would repeat them.
 */
final class CheckConsole implements CheckListener {

  private final PrintStream err;
  private final boolean quiet;
  private final Set<String> warned = new HashSet<>();

  CheckConsole(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void running(String build, String what) {
    progress(build + ": " + what);
  }

  @Override
  public void variantDone(VariantResult result) {
    progress(result.variant() + ": " + (result.passed() ? "behaves like the original" : "differs"));
  }

  @Override
  public void fixRun(Variant variant, int run, int budget, String what) {
    progress("fix: " + variant + ": run " + run + " of " + budget + ": " + what);
  }

  @Override
  public void fixDone(Variant variant, FixSearch.Result result) {
    progress("fix: " + result.failure().where() + ": " + CheckFormatter.outcome(result));
  }

  private void progress(String text) {
    if (!quiet) {
      err.printf("jarmor: %s at %.1f s%n", text, (System.nanoTime() - Main.STARTED) / 1e9);
    }
  }

  @Override
  public synchronized void warning(String message) {
    if (warned.add(message)) {
      err.println("jarmor: warning: " + message);
    }
  }
}
