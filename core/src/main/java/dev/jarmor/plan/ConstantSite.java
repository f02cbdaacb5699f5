package dev.jarmor.plan;

/**
 * Where a string constant sits in a class file, so that a pass can find the very constant an
 * analyzer looked at: the n-th string {@code ldc} of a method, or a field's {@code ConstantValue}.
 * Counting string {@code ldc}s (not all instructions) keeps the address stable across passes that
 * add labels, frames or line numbers.
 */
public sealed interface ConstantSite extends Comparable<ConstantSite> {

  /** Internal name of the class holding the constant. */
  String owner();

  /** The {@code ordinal}-th (from 0) string {@code ldc} in the code of a method, by original names. */
  record InCode(String owner, String method, String descriptor, int ordinal) implements ConstantSite {
    @Override
    public String toString() {
      return owner.replace('/', '.') + "." + method + descriptor + " string #" + ordinal;
    }
  }

  /** The {@code ConstantValue} of a field, by original names. */
  record FieldValue(String owner, String field, String descriptor) implements ConstantSite {
    @Override
    public String toString() {
      return owner.replace('/', '.') + "." + field + " constant value";
    }
  }

  @Override
  default int compareTo(ConstantSite other) {
    return key().compareTo(other.key());
  }

  private String key() {
    if (this instanceof InCode c) {
      return c.owner + " 1 " + c.method + c.descriptor + " " + String.format("%08d", c.ordinal);
    }
    FieldValue f = (FieldValue) this;
    return f.owner + " 0 " + f.field + " " + f.descriptor;
  }
}
