package dev.jarmor.check;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a variant's tests compared with the original's, by the tests' ORIGINAL unique ids (a protected test's id
 * translated through the variant's mapping).
 *
 * @param failing tests that passed on the original and did not pass on the variant, even when rerun alone, each
 *     with what happened (its failure retraced, or that it did not run)
 * @param flaky tests that failed on the variant and passed when rerun alone: reported, not counted as failures
 * @param compared how many tests passed on the original and were compared
 */
public record TestsResult(SortedMap<String, String> failing, SortedSet<String> flaky, int compared) {

  /** No tests were run. */
  public static final TestsResult NONE = new TestsResult(new TreeMap<>(), new TreeSet<>(), 0);

  public TestsResult {
    failing = Collections.unmodifiableSortedMap(new TreeMap<>(failing));
    flaky = Collections.unmodifiableSortedSet(new TreeSet<>(flaky));
  }

  public boolean passed() {
    return failing.isEmpty();
  }
}
