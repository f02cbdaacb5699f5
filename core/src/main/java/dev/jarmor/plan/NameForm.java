package dev.jarmor.plan;

/** How a string spells the name it holds, which says how to spell the new name. */
public enum NameForm {
  /** A class's binary name, {@code com.acme.Foo$Bar}: what Class.forName and loadClass take. */
  DOTTED_CLASS,
  /** A class's internal name, {@code com/acme/Foo$Bar}. */
  INTERNAL_CLASS,
  /** A field or method descriptor, {@code Lcom/acme/Foo;} or {@code (Lcom/acme/Foo;)V}. */
  DESCRIPTOR,
  /** An array class's name as Class.getName spells it, {@code [Lcom.acme.Foo;}. */
  DOTTED_DESCRIPTOR,
  /** A field's or method's simple name: the target's new name. */
  MEMBER
}
