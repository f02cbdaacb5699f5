package dev.jarmor.check.fix;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Zeller and Hildebrandt's delta debugging algorithm ddmin ("Simplifying and Isolating Failure-Inducing Input",
 * TSE 2002), generic over the items: from a list of items that together pass an oracle, a 1-minimal sublist that
 * still passes, that is one from which no single item can be dropped. The fix search uses it on candidate rules
 * (a subset passes when the variant protected with those rules behaves like the original), the pass bisection on
 * passes switched off.
 *
 * <p>It assumes what its callers know before they call it: the whole list passes and the empty list does not (the
 * variant fails with no rule). Under that assumption the result is 1-minimal: the last round tested every
 * sublist with one item less, and each failed; a one-item result is minimal because the empty list fails.
 *
 * <p>Each round splits the current list into n parts in order: if a part passes, it becomes the current list
 * (n back to 2); else if a complement (the list without one part) passes, that does (n one less); else n doubles,
 * until the parts are single items. Cost: one necessary item among n takes at most 2·log2(n) runs (14 among a
 * hundred), since each round halves what is left; several scattered items cost more, as complements are tried at
 * finer granularity (three among a hundred take under a hundred runs), and the worst case is quadratic in n. Every
 * sublist tested is remembered, by the positions of its items, and asked of the oracle once.
 *
 * <p>Budget: at most {@code budget} oracle calls (a remembered answer costs none). When the next call would exceed
 * it, the search stops and returns the smallest list it has seen pass, marked not minimal: it still passes, but some
 * of its items may not be needed, and those are what is left unresolved.
 *
 * @param <T> the items
 */
public final class Ddmin<T> {

  /** Whether a sublist of the items, in their order, passes. */
  @FunctionalInterface
  public interface Oracle<T> {
    boolean passes(List<T> subset);
  }

  /**
   * What a search found.
   *
   * @param subset the smallest sublist found that passes, in the items' order
   * @param minimal whether it is 1-minimal; false when the budget ran out first
   * @param runs the oracle calls made
   */
  public record Result<T>(List<T> subset, boolean minimal, int runs) {

    public Result {
      subset = List.copyOf(subset);
    }
  }

  /** Thrown inside the search when the next oracle call would exceed the budget. */
  private static final class OutOfRuns extends RuntimeException {
    OutOfRuns() {
      super(null, null, false, false);
    }
  }

  private final List<T> items;
  private final Oracle<T> oracle;
  private final int budget;
  private final Map<BitSet, Boolean> tested = new HashMap<>();
  private int runs;

  private Ddmin(List<T> items, Oracle<T> oracle, int budget) {
    this.items = List.copyOf(items);
    this.oracle = oracle;
    this.budget = budget;
  }

  /**
   * A 1-minimal sublist of {@code items} that passes, with at most {@code budget} oracle calls; the caller has
   * found that all of {@code items} pass and that the empty list does not.
   */
  public static <T> Result<T> minimize(List<T> items, Oracle<T> oracle, int budget) {
    return new Ddmin<>(items, oracle, budget).run();
  }

  private Result<T> run() {
    BitSet current = new BitSet();
    current.set(0, items.size());
    tested.put((BitSet) current.clone(), true);
    tested.put(new BitSet(), false);
    int n = 2;
    try {
      while (current.cardinality() >= 2) {
        List<BitSet> parts = split(current, n);
        BitSet next = firstPassing(parts);
        if (next != null) {
          current = next;
          n = 2;
          continue;
        }
        next = firstPassing(complements(current, parts));
        if (next != null) {
          current = next;
          n = Math.max(n - 1, 2);
        } else if (n < current.cardinality()) {
          n = Math.min(current.cardinality(), 2 * n);
        } else {
          break;
        }
      }
    } catch (OutOfRuns e) {
      return new Result<>(subset(current), false, runs);
    }
    return new Result<>(subset(current), true, runs);
  }

  private BitSet firstPassing(List<BitSet> candidates) {
    for (BitSet candidate : candidates) {
      if (passes(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private boolean passes(BitSet positions) {
    Boolean known = tested.get(positions);
    if (known != null) {
      return known;
    }
    if (runs >= budget) {
      throw new OutOfRuns();
    }
    runs++;
    boolean passes = oracle.passes(subset(positions));
    tested.put(positions, passes);
    return passes;
  }

  /** {@code n} parts of nearly equal size, in order. */
  private static List<BitSet> split(BitSet set, int n) {
    int[] positions = set.stream().toArray();
    List<BitSet> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BitSet part = new BitSet();
      for (int p = i * positions.length / n; p < (i + 1) * positions.length / n; p++) {
        part.set(positions[p]);
      }
      parts.add(part);
    }
    return parts;
  }

  /** The set without each part in turn. */
  private static List<BitSet> complements(BitSet set, List<BitSet> parts) {
    List<BitSet> complements = new ArrayList<>();
    for (BitSet part : parts) {
      BitSet rest = (BitSet) set.clone();
      rest.andNot(part);
      complements.add(rest);
    }
    return complements;
  }

  private List<T> subset(BitSet positions) {
    return positions.stream().mapToObj(items::get).toList();
  }
}
