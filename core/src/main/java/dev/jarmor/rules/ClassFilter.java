package dev.jarmor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A ProGuard class filter, as {@code -dontnote [filter]} and {@code -dontwarn [filter]} take it: a
 * comma-separated list of class name patterns, each possibly negated with {@code !}, the first that matches
 * deciding; no filter matches every class. Several options of one kind add up: a class any of them matches is
 * silenced. {@code -dontnote}'s is about the class whose code makes a lookup (a user who has confirmed by running
 * that it finds what it needs says so once, for that class); {@code -dontwarn}'s about a class missing from the
 * classpath or a class that needs it.
 */
public final class ClassFilter {

  /** Silences nothing. */
  public static final ClassFilter NONE = new ClassFilter(List.of());

  private record Entry(boolean negated, ClassNamePattern pattern) {}

  /** Each option's filter, in order; an empty filter list stands for one without a filter. */
  private final List<List<Entry>> filters;

  private ClassFilter(List<List<Entry>> filters) {
    this.filters = List.copyOf(filters);
  }

  /** The filter of one option: patterns as written, {@code !} first where negated; none for all. */
  static ClassFilter of(List<String> patterns) {
    List<Entry> entries = new ArrayList<>();
    for (String pattern : patterns) {
      boolean negated = pattern.startsWith("!");
      entries.add(new Entry(negated, ClassNamePattern.compile(negated ? pattern.substring(1) : pattern)));
    }
    return new ClassFilter(List.of(entries));
  }

  /** This filter and another: a class either silences is silenced. */
  ClassFilter plus(ClassFilter other) {
    List<List<Entry>> all = new ArrayList<>(filters);
    all.addAll(other.filters);
    return new ClassFilter(all);
  }

  /** Whether what is about the class (internal or dotted name) is silenced. */
  public boolean silences(String className) {
    for (List<Entry> filter : filters) {
      if (filter.isEmpty()) {
        return true;
      }
      for (Entry entry : filter) {
        if (entry.pattern().matches(className)) {
          if (!entry.negated()) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }
}
