package dev.jarmor.check.fix;

import java.util.List;

/**
 * What the fix search asks of the check engine: whether the failing variant, protected again with these rules
 * added (in a {@code --rules} file), behaves like the original in what failed. The engine reruns only what failed
 * (the failing tests by their ids, or the failing {@code --run} sequence); each call is one run of the search's
 * budget. The search asks about each rule set once and trusts the answer: a flaky test, which passes and fails with
 * the same rules, is the engine's to set apart before it searches.
 */
@FunctionalInterface
public interface FixOracle {

  /** Whether the variant passes with {@code rules}, in the order given. */
  boolean passes(List<FixRule> rules);
}
