package dev.jarmor.hierarchy;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;

/**
 * Where a class is declared: at top level, or inside another class as a member, a local or an
 * anonymous class. The JVM reads this back from names: a generic signature spells a member type as
 * {@code Outer<T>.Inner} and resolves it to {@code Outer$Inner}, and Java 8's
 * {@code Class.getSimpleName} cuts the enclosing class's name off the front of a nested class's name
 * and expects {@code $} and, for local and anonymous classes, digits after it.
 *
 * @param kind what sort of declaration
 * @param enclosing internal name of the class it is declared in; null at top level
 */
public record Nesting(Kind kind, String enclosing) {

  /** What sort of declaration a class is. */
  public enum Kind { TOP_LEVEL, MEMBER, LOCAL, ANONYMOUS }

  public static final Nesting TOP_LEVEL = new Nesting(Kind.TOP_LEVEL, null);

  /** The class's own InnerClasses entry says what it is; EnclosingMethod names a local class's home. */
  public static Nesting of(ClassNode node) {
    for (InnerClassNode inner : node.innerClasses) {
      if (!inner.name.equals(node.name)) {
        continue;
      }
      if (inner.outerName != null) {
        return new Nesting(Kind.MEMBER, inner.outerName);
      }
      if (node.outerClass != null) {
        return new Nesting(inner.innerName == null ? Kind.ANONYMOUS : Kind.LOCAL, node.outerClass);
      }
    }
    return TOP_LEVEL;
  }
}
