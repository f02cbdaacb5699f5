package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check's entry point: {@link #run} proves a protected build with the user's own commands and tests at each
 * requested level and wire mode against the original; {@link #rerun} checks one variant again, with more rules or
 * exclusions, running only what failed, for the search of a fix.
 *
 * <p>A variant behaves like the original when every {@code --run} sequence gives the same exit statuses, stdout,
 * stderr (less the {@code --ignore}d lines; the variant's retraced) and files in its working directory, and every
 * test that passed on the original passes on it ({@link TestComparison}). What no command or test runs, no check
 * can prove.
 */
public final class Check {

  private Check() {}

  /**
   * Runs the original once, then each variant, and writes the report when asked.
   *
   * @throws JarmorException when the options are wrong or a variant cannot be protected
   */
  public static CheckResult run(CheckOptions options, CheckListener listener) {
    validate(options);
    try (Session session = new Session(options, listener)) {
      Baseline baseline = session.baseline();
      if (options.profileOut() != null) {
        session.profile(options.profileOut());
      }
      List<VariantResult> variants = new ArrayList<>();
      for (Variant variant : options.variants()) {
        VariantResult result = session.check(variant, baseline, Adjustment.NONE, Selection.ALL);
        listener.variantDone(result);
        variants.add(result);
      }
      CheckResult result = new CheckResult(baseline, variants);
      CheckReport.write(result, options);
      return result;
    }
  }

  /**
   * Protects one variant again with {@code adjustment} added to the options and runs only what {@code selection}
   * says, compared with the baseline of an earlier {@link #run} of the same options.
   */
  public static VariantResult rerun(CheckOptions options, Baseline baseline, Variant variant, Adjustment adjustment,
      Selection selection, CheckListener listener) {
    validate(options);
    try (Session session = new Session(options, listener)) {
      return session.check(variant, baseline, adjustment, selection);
    }
  }

  private static void validate(CheckOptions options) {
    if (options.sequences().isEmpty() && options.testRoots().isEmpty()) {
      throw JarmorException.usage("nothing to run: give --run or --tests");
    }
    if (options.protect().inputs().isEmpty()) {
      throw JarmorException.usage("no input given");
    }
    if (!options.testRoots().isEmpty() && options.testRunner() == null) {
      throw JarmorException.usage("--tests needs a test runner");
    }
    boolean usesJar = options.sequences().stream().flatMap(List::stream).anyMatch(c -> c.uses("jar"));
    if (usesJar && options.protect().inputs().size() != 1) {
      throw JarmorException.usage("{jar} needs the program as one input; use {cp} for several");
    }
    for (Path input : options.protect().inputs()) {
      exists(input, "input");
    }
    for (Path root : options.testRoots()) {
      exists(root, "--tests");
    }
    if (options.files() != null && !Files.isDirectory(options.files())) {
      throw JarmorException.input("--files needs a folder", options.files().toString());
    }
  }

  private static void exists(Path path, String what) {
    if (!Files.exists(path)) {
      throw JarmorException.input(what + " not found", path.toString());
    }
  }
}
