package dev.jarmor.cli;

import dev.jarmor.check.FixRun;
import dev.jarmor.check.fix.FixSearch;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Prints what {@code check --fix} found after the check's own result: each failure's outcome with its rules,
 * the runs and time the search took, the check again with the rules, and whether it passes with them.
 */
final class FixPrinter {

  private final PrintStream out;
  private final CheckPrinter check;

  FixPrinter(PrintStream out, CheckPrinter check) {
    this.out = out;
    this.check = check;
  }

  void print(FixRun.Result result, Path rulesFile) {
    if (result.searches().isEmpty()) {
      out.println("fix: nothing to fix; " + rulesFile + " written without rules");
      return;
    }
    out.printf("fix: %s, %s in %d of %d runs, %.1f s%n", plural(result.searches().size(), "failure"),
        plural(result.rules().size(), "rule"), result.runs(), result.budget(), result.time().toMillis() / 1000.0);
    for (FixSearch.Result search : result.searches()) {
      out.println("  " + search.failure().where() + ": " + outcome(search));
      search.rules().forEach(rule -> out.println("      " + rule));
    }
    out.println("rules written to " + rulesFile + "; the check again with them:");
    check.print(result.confirmed());
    if (result.passed()) {
      out.println("the check passes WITH the rules in " + rulesFile);
    } else {
      out.println("the check still DIFFERS with the rules in " + rulesFile + ": "
          + plural(result.unresolved().size(), "failure") + " unresolved");
    }
  }

  /** One search's outcome: {@code fixed by 1 rule (4 runs)}, {@code unresolved (200 runs): <failure>}. */
  static String outcome(FixSearch.Result search) {
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

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
