package dev.jarmor.check;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Compares a variant's test run with the original's, test by test, by original ids. Only tests that passed on the
 * original count: one failing there says nothing about protection. A test that passed there and does not pass on
 * the variant runs again, with the other such tests only; passing then, it is flaky (it depends on what ran
 * before it, or on timing), reported apart and not counted as a failure.
 */
final class TestComparison {

  private TestComparison() {}

  /**
   * @param original the original's results, by original ids
   * @param selected the original ids to compare; empty: every test
   * @param variant the variant's results, by the variant's ids
   * @param toOriginal a variant's id to the original's
   * @param retrace a variant's failure text to original names
   * @param rerun runs the variant's tests with these ids alone
   */
  static TestsResult compare(TestResults original, SortedSet<String> selected, TestResults variant,
      UnaryOperator<String> toOriginal, UnaryOperator<String> retrace, Function<SortedSet<String>, TestResults> rerun) {
    Map<String, String> variantIds = new TreeMap<>();
    variant.byId().keySet().forEach(id -> variantIds.put(toOriginal.apply(id), id));
    SortedMap<String, String> failing = new TreeMap<>();
    SortedSet<String> toRerun = new TreeSet<>();
    int compared = 0;
    for (Map.Entry<String, TestOutcome> test : original.byId().entrySet()) {
      String id = test.getKey();
      if (!test.getValue().passed() || !selected.isEmpty() && !selected.contains(id)) {
        continue;
      }
      compared++;
      String variantId = variantIds.get(id);
      if (variantId == null) {
        failing.put(id, variant.timedOut() ? "did not run: the run timed out" : "did not run");
      } else if (!variant.byId().get(variantId).passed()) {
        toRerun.add(variantId);
      }
    }
    SortedSet<String> flaky = new TreeSet<>();
    if (!toRerun.isEmpty()) {
      TestResults again = rerun.apply(toRerun);
      for (String variantId : toRerun) {
        TestOutcome first = variant.byId().get(variantId);
        TestOutcome second = again.byId().get(variantId);
        if (second != null && second.passed()) {
          flaky.add(toOriginal.apply(variantId));
        } else {
          failing.put(toOriginal.apply(variantId), describe(first, retrace));
        }
      }
    }
    return new TestsResult(failing, flaky, compared);
  }

  private static String describe(TestOutcome outcome, UnaryOperator<String> retrace) {
    return outcome.failure() != null ? retrace.apply(outcome.failure())
        : outcome.status().name().toLowerCase(Locale.ROOT);
  }
}
