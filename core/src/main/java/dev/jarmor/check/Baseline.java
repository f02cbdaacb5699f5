package dev.jarmor.check;

import java.util.List;

/**
 * What the original program did: the reference every variant is compared with, kept so that a variant can be
 * checked again later ({@link Check#rerun}) without running the original again.
 *
 * @param sequences each {@code --run} sequence's run, in order
 * @param tests what each test did, or null when the check runs no tests
 */
public record Baseline(List<SequenceRun> sequences, TestResults tests) {

  public Baseline {
    sequences = List.copyOf(sequences);
  }
}
