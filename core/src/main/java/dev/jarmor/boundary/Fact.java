package dev.jarmor.boundary;

import dev.jarmor.plan.ConstantSite;

/**
 * What the reflection analysis knows about a value beyond its type: which string or class it is, or
 * which parameter it came from (so that a method passing its parameters to reflection becomes a
 * reflective call itself).
 */
sealed interface Fact {

  /** How far from a known class a reflective lookup may land. */
  enum Reach {
    /** That class. */
    EXACT,
    /** That class or one of its superclasses (a loop over getSuperclass()). */
    SUPERS,
    /** Any subclass or superclass: the class of an object whose static type is known (getClass()). */
    RELATED;

    Reach widest(Reach other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }

  /** A string loaded by one ldc: a new spelling can be written there. */
  record Literal(String text, ConstantSite site) implements Fact {}

  /** A string whose text is known but which no single constant holds (a concatenation). */
  record Text(String text) implements Fact {}

  /**
   * A concatenation with parts known only at run time: what comes before the first such part and
   * after the last, either possibly empty but not both.
   */
  record Partial(String prefix, String suffix) implements Fact {}

  /** Class.getName() of a class the program names: it follows renaming by itself. */
  record NameOfClass() implements Fact {}

  /** A Class object of a known class (internal name, or descriptor for an array). */
  record ClassOf(String name, Reach reach) implements Fact {}

  /** A StringBuilder whose content so far is known in full or in part: a {@link Text} or a {@link Partial}. */
  record Builder(Fact content) implements Fact {}

  /** The method's argument at {@code index} (a reference: a String, a Class, or an object whose class is asked). */
  record Param(int index, Reach reach) implements Fact {}

  /** {@code getClass()} of the method's argument at {@code index}. */
  record ClassOfParam(int index) implements Fact {}

  /**
   * The array getDeclaredMethods(), getMethods(), getDeclaredFields() or getFields() returns for a
   * class (a {@link ClassOf}, {@link Param} or {@link ClassOfParam}); {@code declared}: only the
   * class's own members.
   */
  record Members(ReflectiveCalls.Kind kind, Fact of, boolean declared) implements Fact {}

  /** An element of such an array. */
  record Member(ReflectiveCalls.Kind kind, Fact of, boolean declared) implements Fact {}

  /** getName() of such an element: comparing it with a string finds a member by name. */
  record MemberName(ReflectiveCalls.Kind kind, Fact of, boolean declared) implements Fact {}

  /** Whether a fact can say which class a lookup searches. */
  static boolean isClass(Fact fact) {
    return fact instanceof ClassOf || fact instanceof Param || fact instanceof ClassOfParam;
  }

  /** The text of a string fact, or null. */
  static String text(Fact fact) {
    if (fact instanceof Literal literal) {
      return literal.text();
    }
    return fact instanceof Text text ? text.text() : null;
  }

  /**
   * What a string concatenation of two parts is known to hold: a {@link Text} where both texts are
   * known, a {@link Partial} where one is not but something around it is, else null. Any fact but a
   * string's is a part known only at run time.
   */
  static Fact concat(Fact first, Fact second) {
    String a = text(first);
    String b = text(second);
    if (a != null && b != null) {
      return new Text(a + b);
    }
    String prefix = a != null ? a + prefix(second) : prefix(first);
    String suffix = b != null ? suffix(first) + b : suffix(second);
    return prefix.isEmpty() && suffix.isEmpty() ? null : new Partial(prefix, suffix);
  }

  private static String prefix(Fact fact) {
    String text = text(fact);
    return text != null ? text : fact instanceof Partial partial ? partial.prefix() : "";
  }

  private static String suffix(Fact fact) {
    String text = text(fact);
    return text != null ? text : fact instanceof Partial partial ? partial.suffix() : "";
  }

  /** What two paths into one instruction agree on, or null. */
  static Fact merge(Fact a, Fact b) {
    if (a == null || b == null) {
      return null;
    }
    if (a.equals(b)) {
      return a;
    }
    if (a instanceof ClassOf x && b instanceof ClassOf y && x.name().equals(y.name())) {
      return new ClassOf(x.name(), x.reach().widest(y.reach()));
    }
    if (a instanceof Param x && b instanceof Param y && x.index() == y.index()) {
      return new Param(x.index(), x.reach().widest(y.reach()));
    }
    return null;
  }
}
