package dev.jarmor.check;

import dev.jarmor.ProtectOptions.Wire;
import dev.jarmor.check.fix.FixSearch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A check's result as the lines a user reads, the same from every front end (the CLI prints them, the Maven plugin
 * fails its build with them): a line per variant, under a failing one its first differences with their retraced
 * traces and its failing tests, then the highest level behaving like the original in each wire mode; after a fix
 * search, each failure's outcome with its rules, the check again with the rules, and whether it passes with them.
 */
public final class CheckFormatter {

  /** Failing tests listed in full; the report has them all. */
  private static final int LISTED_TESTS = 20;
  /** Lines of a test's failure shown; the report has them all. */
  private static final int FAILURE_LINES = 12;

  private CheckFormatter() {}

  /** The check's matrix: every variant, what differs, the highest level behaving like the original. */
  public static List<String> lines(CheckResult result) {
    List<String> out = new ArrayList<>();
    boolean tests = result.baseline().tests() != null;
    for (VariantResult variant : result.variants()) {
      out.add(variant.variant() + ": " + (variant.passed() ? "behaves like the original" : "DIFFERS")
          + counts(variant, tests));
      Set<String> traces = new HashSet<>(); // an exit status and its stderr often point at one trace: shown once
      for (SequenceResult sequence : variant.sequences()) {
        for (Difference difference : sequence.differences()) {
          out.add("  " + sequence.name() + ": " + difference);
          if (difference.trace() != null && traces.add(difference.trace())) {
            indent(out, difference.trace(), Integer.MAX_VALUE);
          }
        }
      }
      int listed = 0;
      for (Map.Entry<String, String> test : variant.tests().failing().entrySet()) {
        if (listed++ == LISTED_TESTS) {
          out.add("  ... and " + (variant.tests().failing().size() - LISTED_TESTS) + " more failing tests"
              + " (the report lists them all)");
          break;
        }
        out.add("  test " + test.getKey() + ":");
        indent(out, test.getValue(), FAILURE_LINES);
      }
      variant.tests().flaky().forEach(id -> out.add("  flaky (passed when rerun): " + id));
    }
    out.add(highest(result));
    return out;
  }

  /** What a fix search found, written to {@code rulesFile}, and the check run again with it. */
  public static List<String> lines(FixRun.Result result, Path rulesFile) {
    List<String> out = new ArrayList<>();
    if (result.searches().isEmpty()) {
      out.add("fix: nothing to fix; " + rulesFile + " written without rules");
      return out;
    }
    out.add(String.format(Locale.ROOT, "fix: %s, %s in %d of %d runs, %.1f s", plural(result.searches().size(),
        "failure"), plural(result.rules().size(), "rule"), result.runs(), result.budget(),
        result.time().toMillis() / 1000.0));
    for (FixSearch.Result search : result.searches()) {
      out.add("  " + search.failure().where() + ": " + outcome(search));
      search.rules().forEach(rule -> out.add("      " + rule));
    }
    out.add("rules written to " + rulesFile + "; the check again with them:");
    out.addAll(lines(result.confirmed()));
    if (result.passed()) {
      out.add("the check passes WITH the rules in " + rulesFile);
    } else {
      out.add("the check still DIFFERS with the rules in " + rulesFile + ": "
          + plural(result.unresolved().size(), "failure") + " unresolved");
    }
    return out;
  }

  /** One search's outcome: {@code fixed by 1 rule (4 runs)}, {@code unresolved (200 runs): <failure>}. */
  public static String outcome(FixSearch.Result search) {
    // a failure the rules found before it fixed took no run of its own: the rerun that showed it was shared
    String runs = search.runs() == 0 ? "" : " (" + plural(search.runs(), "run") + ")";
    return switch (search.status()) {
      case UNRESOLVED -> "UNRESOLVED" + runs + ": " + search.failure().firstLine();
      case NOT_MINIMAL -> "fixed by " + plural(search.rules().size(), "rule")
          + ", some perhaps not needed: the budget ran out" + runs;
      case FIXED -> search.rules().isEmpty() ? "fixed by the rules found before it" + runs
          : "fixed by " + plural(search.rules().size(), "rule") + runs;
    };
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

  private static void indent(List<String> out, String text, int maxLines) {
    List<String> lines = text.lines().toList();
    lines.stream().limit(maxLines).forEach(line -> out.add("      " + line));
    if (lines.size() > maxLines) {
      out.add("      ...");
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

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
