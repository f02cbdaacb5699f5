package dev.jarmor.check.fix;

import java.util.List;

/**
 * The search for the rules that fix one failure of a variant (a {@code --run} sequence, or a test): it checks that
 * all the candidates together fix it, finds the shortest run of the first candidates that fixes it too (its length
 * doubled from one), then narrows that down with {@link Ddmin} to a set from which no rule can be dropped.
 *
 * <p>The candidates come ranked ({@link FixCandidates}: the classes the failure names first), so the rules a
 * failure needs are usually among the first few, and ddmin over a short head costs a handful of runs where over a
 * whole program's candidates (a thousand on commons-lang3 with its tests) it costs hundreds. When the needed rules
 * are far down the list, the doubling costs log2(n) runs more than ddmin alone. One failure at a time keeps both
 * small: the ranking follows that failure's own trace, and ddmin's cost grows with the number of rules it must
 * find, which for one failure is usually one.
 *
 * <p>Every rule found is necessary: dropping any one brings the failure back. That is ddmin's 1-minimality, which
 * the search gets without further runs: ddmin's last round tried the variant without each rule in turn (or had
 * tried it before) and saw it fail, and a single rule is necessary because the variant fails with none (which is
 * why it is searched). When the budget runs out, the rules returned still fix the failure, but some may not be
 * needed.
 */
public final class FixSearch {

  /**
   * One failure of a variant.
   *
   * @param where the variant and what failed on it, e.g. {@code level 1, wire open, sequence 1} or
   *     {@code level 1, wire open, test org.acme.FooTest.parses()}
   * @param retraced what failed, its stack traces retraced to original names
   */
  public record Failure(String where, String retraced) {

    /** The failure's first non-blank line, e.g. {@code java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin}. */
    public String firstLine() {
      return retraced.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }
  }

  /** How a search ended. */
  public enum Status {
    /** The rules fix the failure, and each is necessary. */
    FIXED,
    /** The budget ran out: the rules fix the failure, but some may not be needed. */
    NOT_MINIMAL,
    /** No rule set was found: all the candidates together do not fix it, or the budget did not allow trying. */
    UNRESOLVED
  }

  /**
   * What the search found for one failure.
   *
   * @param rules the rules that fix it, in the candidates' order; empty when unresolved
   * @param runs the oracle calls made
   */
  public record Result(Failure failure, Status status, List<FixRule> rules, int runs) {

    public Result {
      rules = List.copyOf(rules);
    }
  }

  private FixSearch() {}

  /**
   * Searches {@code candidates} ({@link FixCandidates}) for the rules that fix {@code failure}, with at most
   * {@code budget} runs of {@code oracle}.
   */
  public static Result search(Failure failure, List<FixRule> candidates, FixOracle oracle, int budget) {
    if (budget < 1 || candidates.isEmpty()) {
      return new Result(failure, Status.UNRESOLVED, List.of(), 0);
    }
    if (!oracle.passes(candidates)) {
      return new Result(failure, Status.UNRESOLVED, List.of(), 1);
    }
    int runs = 1;
    List<FixRule> searched = candidates;
    for (int size = 1; size < candidates.size() && runs < budget; size *= 2) {
      List<FixRule> head = candidates.subList(0, size);
      runs++;
      if (oracle.passes(head)) {
        searched = head;
        break;
      }
    }
    Ddmin.Result<FixRule> found = Ddmin.minimize(searched, oracle::passes, budget - runs);
    return new Result(failure, found.minimal() ? Status.FIXED : Status.NOT_MINIMAL, found.subset(),
        runs + found.runs());
  }
}
