package dev.jarmor.check.fix;

import dev.jarmor.passes.Pipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds which passes make a variant fail, by running it with passes switched off: first one pass at a time, then,
 * when no single pass is to blame, the smallest set of passes that must all be off ({@link Ddmin}).
 *
 * <p>Two shapes of answer. When switching one pass off is enough, every pass for which it is enough is a cause the
 * failure needs (string encryption of a class that flow obfuscation also changed, say): each is its own fix. When
 * none is enough, several passes break the variant each on its own (renaming and string encryption both), and the
 * one fix is the 1-minimal set to switch off together.
 */
public final class PassBisection {

  /** Whether the variant, protected with these passes switched off (by switch name), behaves like the original. */
  @FunctionalInterface
  public interface Oracle {
    boolean passes(Set<String> passesOff);
  }

  /**
   * What the bisection found.
   *
   * @param fixes each a minimal set of passes that, switched off, makes the variant pass (sets in the pipeline's
   *     order, each sorted by name); when the budget ran out, what was found by then, a set to switch off together
   *     possibly not minimal; empty when switching every pass off does not help
   * @param resolved whether the search ended with its answer; false when the budget ran out, or when even every
   *     pass off does not make the variant pass (the failure is not the passes')
   * @param runs the oracle calls made
   */
  public record Result(List<Set<String>> fixes, boolean resolved, int runs) {

    public Result {
      fixes = fixes.stream().map(fix -> (Set<String>) Collections.unmodifiableSortedSet(new TreeSet<>(fix))).toList();
    }

    /** Every pass some fix switches off: the passes that take part in the failure. */
    public SortedSet<String> causes() {
      SortedSet<String> causes = new TreeSet<>();
      fixes.forEach(causes::addAll);
      return causes;
    }
  }

  private PassBisection() {}

  /** The switch names of the passes a level runs, in the pipeline's order. */
  public static List<String> passesAt(int level) {
    return Pipeline.steps().stream().filter(step -> step.level() <= level).map(Pipeline.Step::switchName).toList();
  }

  /**
   * Bisects over {@code passes} (switch names, those the variant ran) with at most {@code budget} oracle calls.
   */
  public static Result find(List<String> passes, Oracle oracle, int budget) {
    int runs = 0;
    List<Set<String>> single = new ArrayList<>();
    for (String pass : passes) {
      if (runs == budget) {
        return new Result(single, false, runs);
      }
      runs++;
      if (oracle.passes(Set.of(pass))) {
        single.add(Set.of(pass));
      }
    }
    if (!single.isEmpty()) {
      return new Result(single, true, runs);
    }
    if (runs == budget) {
      return new Result(List.of(), false, runs);
    }
    runs++;
    if (!oracle.passes(Set.copyOf(passes))) {
      return new Result(List.of(), false, runs);
    }
    Ddmin.Result<String> together = Ddmin.minimize(passes, off -> oracle.passes(Set.copyOf(off)), budget - runs);
    return new Result(List.of(Set.copyOf(together.subset())), together.minimal(), runs + together.runs());
  }
}
