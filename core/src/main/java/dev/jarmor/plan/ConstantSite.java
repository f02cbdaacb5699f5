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

  @Override
  default int compareTo(ConstantSite other) {
    return key().compareTo(other.key());
  }

  private String key() {
    if (this instanceof InCode c) {
      return c.container + " 2 " + c.method + c.descriptor + " " + String.format("%08d", c.ordinal);
    }
    if (this instanceof InResource r) {
      return r.container + " 1 " + String.format("%08d %08d", r.line, r.column);
    }
    if (this instanceof ResourcePath) {
      return container() + " 0";
    }
    FieldValue f = (FieldValue) this;
    return f.container + " 0 " + f.field + " " + f.descriptor;
  }
}
