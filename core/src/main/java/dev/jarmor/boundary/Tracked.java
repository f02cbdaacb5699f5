package dev.jarmor.boundary;

import java.util.Objects;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.Value;

/**
 * A value in a frame of the reflection analysis: its type (references keep their declared class
 * where the bytecode says it) and, where known, a {@link Fact}.
 */
final class Tracked implements Value {

  static final Tracked UNINITIALIZED = new Tracked(null, null);
  static final Type OBJECT = Type.getObjectType("java/lang/Object");

  final Type type;
  final Fact fact;

  Tracked(Type type, Fact fact) {
    this.type = type;
    this.fact = fact;
  }

  static Tracked of(Type type) {
    return new Tracked(type, null);
  }

  boolean isReference() {
    return type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY);
  }

  @Override
  public int getSize() {
    return type != null && (type.getSort() == Type.LONG || type.getSort() == Type.DOUBLE) ? 2 : 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tracked t && Objects.equals(type, t.type) && Objects.equals(fact, t.fact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, fact);
  }

  @Override
  public String toString() {
    return type + (fact == null ? "" : " " + fact);
  }
}
