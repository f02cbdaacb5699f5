package dev.jarmor.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Where the search for a free new name starts in each scope (a package, a class's nested classes, an owner and
 * descriptor): past every name already given there, since those are taken. Starting later never makes a name
 * wrong, the caller's test of a candidate still decides; it only saves trying taken names again, which would
 * otherwise make a package or class with n new names cost n^2. One per plan, shared by every namer.
 */
final class NameSearch {

  private final Map<String, Integer> start = new HashMap<>();

  /**
   * The first candidate that {@code free} accepts, searched from past every name given in any of the
   * {@code searched} scopes; the chosen index then moves the start of the {@code claimed} scopes.
   */
  String firstFree(Collection<String> searched, Collection<String> claimed, IntFunction<String> names,
      Predicate<String> free) {
    int from = 0;
    for (String scope : searched) {
      from = Math.max(from, start.getOrDefault(scope, 0));
    }
    for (int i = from; ; i++) {
      String candidate = names.apply(i);
      if (free.test(candidate)) {
        for (String scope : claimed) {
          start.merge(scope, i + 1, Math::max);
        }
        return candidate;
      }
    }
  }
}
