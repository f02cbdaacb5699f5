package dev.jarmor.check;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a run of a variant runs: everything, or only some {@code --run} sequences and tests (a rerun of what
 * failed).
 *
 * @param all whether everything runs; the sets are then empty
 * @param sequences indexes of the sequences to run, from 0, each with its mixed-build runs
 * @param tests tests to run, by their ORIGINAL unique ids; none: no test runs
 */
public record Selection(boolean all, SortedSet<Integer> sequences, SortedSet<String> tests) {

  /** Every sequence and every test. */
  public static final Selection ALL = new Selection(true, new TreeSet<>(), new TreeSet<>());

  public Selection {
    sequences = Collections.unmodifiableSortedSet(new TreeSet<>(sequences));
    tests = Collections.unmodifiableSortedSet(new TreeSet<>(tests));
  }

  /** Only these sequences and tests. */
  public static Selection only(java.util.Collection<Integer> sequences, java.util.Collection<String> tests) {
    return new Selection(false, new TreeSet<>(sequences), new TreeSet<>(tests));
  }

  boolean runs(int sequence) {
    return all || sequences.contains(sequence);
  }

  boolean runsTests() {
    return all || !tests.isEmpty();
  }
}
