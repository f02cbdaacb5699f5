package dev.jarmor.check.fix;

import dev.jarmor.output.AtomicFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what the fix search found as a rules file that {@code --rules} reads: a header saying what the check
 * found and how it was run, the failures left unresolved, then each rule once, after a comment naming every
 * failure it fixes (the variant, the sequence or test, and the first line of its retraced failure). No timestamps: the same results give
 * the same bytes.
 *
 * <pre>
 * # jarmor check --fix, --levels 0-3: 1 failure; 1 fixed by the rules below, 0 unresolved.
 * # Each rule is necessary: without it, the failure named above it comes back.
 *
 * # fixes level 1, wire open, sequence 1: java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin
 * -keepnames class com.acme.plugins.CsvPlugin
 * </pre>
 */
public final class FixRulesFile {

  private FixRulesFile() {}

  /**
   * The file's text.
   *
   * @param run how the check was run, as its options say it, e.g. {@code --levels 0-3 --wire open}
   * @param results the search's result for each failure, in the order searched
   */
  public static String text(String run, List<FixSearch.Result> results) {
    StringBuilder out = new StringBuilder();
    long fixed = results.stream().filter(r -> r.status() != FixSearch.Status.UNRESOLVED).count();
    out.append("# jarmor check --fix, ").append(run).append(": ").append(results.size()).append(" failure")
        .append(results.size() == 1 ? "" : "s").append("; ").append(fixed).append(" fixed by the rules below, ")
        .append(results.size() - fixed).append(" unresolved.\n");
    out.append("# Each rule is necessary: without it, the failure named above it comes back.\n");
    for (FixSearch.Result result : results) {
      if (result.status() == FixSearch.Status.UNRESOLVED) {
        out.append("# unresolved: ").append(named(result.failure()))
            .append(" (no candidate rules fix it, or the budget ran out first)\n");
      } else if (result.status() == FixSearch.Status.NOT_MINIMAL) {
        out.append("# not minimal: ").append(named(result.failure()))
            .append(" (the budget ran out: its rules fix it, but some may not be needed)\n");
      }
    }
    Map<FixRule, List<FixSearch.Failure>> fixes = new LinkedHashMap<>();
    results.forEach(result -> result.rules()
        .forEach(rule -> fixes.computeIfAbsent(rule, r -> new ArrayList<>()).add(result.failure())));
    fixes.forEach((rule, failures) -> {
      out.append('\n');
      failures.forEach(failure -> out.append("# fixes ").append(named(failure)).append('\n'));
      out.append(rule.text()).append('\n');
    });
    return out.toString();
  }

  /** Writes the file (UTF-8), replacing it only once the new file is complete. */
  public static void write(Path file, String run, List<FixSearch.Result> results) {
    AtomicFile.writeText(file, "rules", out -> out.write(text(run, results)));
  }

  private static String named(FixSearch.Failure failure) {
    return failure.where() + ": " + failure.firstLine();
  }
}
