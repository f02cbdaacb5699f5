package dev.jarmor.plan;

/**
 * Where a string sits that names a class or member, so that a pass can find the very string an
 * analyzer looked at: the n-th string {@code ldc} of a method, a field's {@code ConstantValue}, a
 * resource's path, or a name inside a text resource. Counting string {@code ldc}s (not all
 * instructions) keeps the address stable across passes that add labels, frames or line numbers.
 */
public sealed interface ConstantSite extends Comparable<ConstantSite> {

  /** What holds the string: a class's internal name, or a resource's path. */
  String container();

  /** Whether the string is in a resource rather than a class file. */
  default boolean inResource() {
    return this instanceof ResourcePath || this instanceof InResource;
  }

  /** The {@code ordinal}-th (from 0) string {@code ldc} in the code of a method, by original names. */
  record InCode(String container, String method, String descriptor, int ordinal) implements ConstantSite {
    @Override
    public String toString() {
      return container.replace('/', '.') + "." + method + descriptor + " string #" + ordinal;
    }
  }

  /** The {@code ConstantValue} of a field, by original names. */
  record FieldValue(String container, String field, String descriptor) implements ConstantSite {
    @Override
    public String toString() {
      return container.replace('/', '.') + "." + field + " constant value";
    }
  }

  /** The path of a resource (a service file is named after its service). */
  record ResourcePath(String container) implements ConstantSite {
    @Override
    public String toString() {
      return container;
    }
  }

  /** A name in a text resource: line and column from 1, as an editor shows them. */
  record InResource(String container, int line, int column) implements ConstantSite {
    @Override
    public String toString() {
      return container + ":" + line + ":" + column;
    }
  }

  /**
   * By container, then a resource's path before a field's value before a place in a resource before a string in
   * code; fields by name and descriptor, places by line and column, code by method (its name and descriptor as one
   * text) and ordinal.
   */
  @Override
  default int compareTo(ConstantSite other) {
    int c = container().compareTo(other.container());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(rank(), other.rank());
    if (c != 0) {
      return c;
    }
    if (this instanceof InCode a && other instanceof InCode b) {
      c = JoinedText.compare(a.method, a.descriptor, b.method, b.descriptor);
      return c != 0 ? c : Integer.compare(a.ordinal, b.ordinal);
    }
    if (this instanceof InResource a && other instanceof InResource b) {
      c = Integer.compare(a.line, b.line);
      return c != 0 ? c : Integer.compare(a.column, b.column);
    }
    if (this instanceof FieldValue a && other instanceof FieldValue b) {
      c = a.field.compareTo(b.field);
      return c != 0 ? c : a.descriptor.compareTo(b.descriptor);
    }
    return 0;
  }

  private int rank() {
    return this instanceof ResourcePath ? 0 : this instanceof FieldValue ? 1 : this instanceof InResource ? 2 : 3;
  }
}
