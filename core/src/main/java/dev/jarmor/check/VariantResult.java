package dev.jarmor.check;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How one variant behaved: every sequence run and the tests compared with the original. What failed can be run
 * again alone: {@link #failingSequences()} and the ids of {@link TestsResult#failing()} make the
 * {@link Selection} of {@link Check#rerun}.
 */
public record VariantResult(Variant variant, List<SequenceResult> sequences, TestsResult tests) {

  public VariantResult {
    sequences = List.copyOf(sequences);
  }

  /** Whether the variant behaves like the original in everything the check ran. */
  public boolean passed() {
    return tests.passed() && sequences.stream().allMatch(SequenceResult::passed);
  }

  /** The indexes of the sequences with a difference in any mix of builds. */
  public SortedSet<Integer> failingSequences() {
    SortedSet<Integer> failing = new TreeSet<>();
    sequences.stream().filter(s -> !s.passed()).forEach(s -> failing.add(s.sequence()));
    return failing;
  }

  /** What failed, to run alone again. */
  public Selection failures() {
    return Selection.only(failingSequences(), tests.failing().keySet());
  }
}
