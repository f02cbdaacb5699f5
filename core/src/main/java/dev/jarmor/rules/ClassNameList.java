package dev.jarmor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A comma-separated list of class name patterns, each optionally negated with {@code !}, as in
 * {@code !com.acme.internal.**,com.acme.**}. The first pattern that matches a name decides: a
 * negated one rejects it, a plain one accepts it. A name no pattern matches is accepted only when
 * the list ends with a negated pattern, so that {@code !com.acme.Foo} alone means "every class
 * except com.acme.Foo", as in ProGuard's filters.
 */
public final class ClassNameList {

  /** One pattern of the list. */
  public record Entry(boolean negated, ClassNamePattern pattern) {
    @Override
    public String toString() {
      return (negated ? "!" : "") + pattern;
    }
  }

  private final List<Entry> entries;

  public ClassNameList(List<Entry> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a class name list needs at least one pattern");
    }
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The classes the list names one by one, as internal names; null when a pattern has a wildcard or is negated. */
  public List<String> spelledNames() {
    List<String> names = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.negated() || entry.pattern().hasWildcards()) {
        return null;
      }
      names.add(entry.pattern().toString().replace('.', '/'));
    }
    return names;
  }

  /** Whether a class, given by internal or dotted name, is in the list. */
  public boolean matches(String className) {
    for (Entry entry : entries) {
      if (entry.pattern().matches(className)) {
        return !entry.negated();
      }
    }
    return entries.get(entries.size() - 1).negated();
  }

  @Override
  public String toString() {
    return entries.stream().map(Entry::toString).collect(Collectors.joining(","));
  }
}
