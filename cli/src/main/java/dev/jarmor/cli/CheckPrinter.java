package dev.jarmor.cli;

import dev.jarmor.ProtectOptions.Wire;
import dev.jarmor.check.CheckResult;
import dev.jarmor.check.Difference;
import dev.jarmor.check.SequenceResult;
import dev.jarmor.check.VariantResult;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Prints a check's result: a line per variant, under a failing one its first differences with their retraced
 * traces and its failing tests, then the highest level behaving like the original in each wire mode.
 */
final class CheckPrinter {

  /** Failing tests listed in full; the report has them all. */
  private static final int LISTED_TESTS = 20;
  /** Lines of a test's failure shown; the report has them all. */
  private static final int FAILURE_LINES = 12;

  private final PrintStream out;

  CheckPrinter(PrintStream out) {
    this.out = out;
  }

  void print(CheckResult result) {
    boolean tests = result.baseline().tests() != null;
    for (VariantResult variant : result.variants()) {
      out.println(variant.variant() + ": " + (variant.passed() ? "behaves like the original" : "DIFFERS")
          + counts(variant, tests));
      Set<String> traces = new HashSet<>(); // an exit status and its stderr often point at one trace: shown once
      for (SequenceResult sequence : variant.sequences()) {
        for (Difference difference : sequence.differences()) {
          out.println("  " + sequence.name() + ": " + difference);
          if (difference.trace() != null && traces.add(difference.trace())) {
            indent(difference.trace(), "      ", Integer.MAX_VALUE);
          }
        }
      }
      int listed = 0;
      for (Map.Entry<String, String> test : variant.tests().failing().entrySet()) {
        if (listed++ == LISTED_TESTS) {
          out.println("  ... and " + (variant.tests().failing().size() - LISTED_TESTS) + " more failing tests"
              + " (--report lists them all)");
          break;
        }
        out.println("  test " + test.getKey() + ":");
        indent(test.getValue(), "      ", FAILURE_LINES);
      }
      variant.tests().flaky().forEach(id -> out.println("  flaky (passed when rerun): " + id));
    }
    out.println(highest(result));
  }

  /** {@code (3 runs, 12 tests)}: the runs of sequences, and the tests compared when the check runs tests. */
  private static String counts(VariantResult variant, boolean testsRan) {
    long sequences = variant.sequences().size();
    int tests = variant.tests().compared();
    String runs = sequences == 0 ? "" : sequences + (sequences == 1 ? " run" : " runs");
    String compared = !testsRan ? "" : tests + (tests == 1 ? " test" : " tests");
    String both = runs.isEmpty() || compared.isEmpty() ? runs + compared : runs + ", " + compared;
    return both.isEmpty() ? "" : " (" + both + ")";
  }

  private void indent(String text, String prefix, int maxLines) {
    List<String> lines = text.lines().toList();
    lines.stream().limit(maxLines).forEach(line -> out.println(prefix + line));
    if (lines.size() > maxLines) {
      out.println(prefix + "...");
    }
  }

  /** {@code highest level behaving like the original: 3 (wire open), none (wire closed)}. */
  private static String highest(CheckResult result) {
    StringBuilder line = new StringBuilder("highest level behaving like the original:");
    String separator = " ";
    for (Wire wire : Wire.values()) {
      if (result.variants().stream().anyMatch(v -> v.variant().wire() == wire)) {
        OptionalInt level = result.highestPassingLevel(wire);
        line.append(separator).append(level.isPresent() ? String.valueOf(level.getAsInt()) : "none")
            .append(" (wire ").append(wire.name().toLowerCase(Locale.ROOT)).append(')');
        separator = ", ";
      }
    }
    return line.toString();
  }
}
