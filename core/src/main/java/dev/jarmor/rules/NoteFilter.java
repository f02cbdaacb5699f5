package dev.jarmor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes whose notes the user has silenced with {@code -dontnote [filter]}, as ProGuard reads it: a
 * comma-separated list of class name patterns, each possibly negated with {@code !}, the first that matches
 * deciding; no filter silences every class. A note is about the class whose code makes the lookup, so a
 * user who has confirmed by running that a lookup finds what it needs says so once, for that class.
 */
public final class NoteFilter {

  /** Silences nothing. */
  public static final NoteFilter NONE = new NoteFilter(List.of());

  private record Entry(boolean negated, ClassNamePattern pattern) {}

  /** Each {@code -dontnote}, in order; an empty filter list stands for one without a filter. */
  private final List<List<Entry>> filters;

  private NoteFilter(List<List<Entry>> filters) {
    this.filters = List.copyOf(filters);
  }

  /** The filter of one {@code -dontnote}: patterns as written, {@code !} first where negated; none for all. */
  static NoteFilter of(List<String> patterns) {
    List<Entry> entries = new ArrayList<>();
    for (String pattern : patterns) {
      boolean negated = pattern.startsWith("!");
      entries.add(new Entry(negated, ClassNamePattern.compile(negated ? pattern.substring(1) : pattern)));
    }
    return new NoteFilter(List.of(entries));
  }

  /** This filter and another: a note either silences is silenced. */
  NoteFilter plus(NoteFilter other) {
    List<List<Entry>> all = new ArrayList<>(filters);
    all.addAll(other.filters);
    return new NoteFilter(all);
  }

  /** Whether notes about the class (internal or dotted name) are silenced. */
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
