package dev.jarmor.check.fix;

import java.util.List;

/**
 * The search for the rules that fix one failing variant: it checks that all the candidates together fix it, then
 * narrows them down with {@link Ddmin} to a set from which no rule can be dropped.
 *
 * <p>Every rule found is necessary: dropping any one brings the failure back. That is ddmin's 1-minimality, which
 * the search gets without further runs: ddmin's last round tried the variant without each rule in turn (or had
 * tried it before) and saw it fail, and a single rule is necessary because the variant fails with none (which is
 * why it is searched). When
 * the budget runs out, the rules returned still fix the failure, but some may not be needed.
 */
public final class FixSearch {

  /**
   * A failing variant's failure.
   *
   * @param variant how the engine names the variant, e.g. {@code level 1, wire open}
   * @param retraced what failed, its stack traces retraced to original names
   */
  public record Failure(String variant, String retraced) {

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
    Ddmin.Result<FixRule> found = Ddmin.minimize(candidates, oracle::passes, budget - 1);
    return new Result(failure, found.minimal() ? Status.FIXED : Status.NOT_MINIMAL, found.subset(), 1 + found.runs());
  }
}
