package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.plan.NameForm;
import org.objectweb.asm.Type;

/**
 * A string that spells the name of a program class: as a binary name ({@code com.acme.Foo}), an
 * internal name ({@code com/acme/Foo}), or inside a descriptor ({@code Lcom/acme/Foo;},
 * {@code (Lcom/acme/Foo;)V}, or {@code [Lcom.acme.Foo;} as Class.getName spells arrays).
 *
 * @param className internal name of the (first) program class it names
 * @param form how it spells it
 */
record ClassNameString(String className, NameForm form) {

  /**
   * What {@code text} names, or null if it names no program class. A name without a package is taken
   * as a class name only when {@code simpleNames} says the context makes that sure, since words such
   * as "Main" are as often plain text.
   */
  static ClassNameString of(String text, Hierarchy hierarchy, boolean simpleNames) {
    if (text.isEmpty() || text.length() > 1000) {
      return null;
    }
    char first = text.charAt(0);
    if (first == '(' || first == '[' || first == 'L' && text.endsWith(";")) {
      boolean dotted = text.indexOf('.') >= 0;
      if (dotted && (first == '(' || text.indexOf('/') >= 0)) {
        return null;
      }
      String descriptor = dotted ? text.replace('.', '/') : text;
      String named = firstProgramClass(descriptor, hierarchy);
      return named == null ? null : new ClassNameString(named, dotted ? NameForm.DOTTED_DESCRIPTOR : NameForm.DESCRIPTOR);
    }
    boolean dotted = text.indexOf('.') >= 0;
    boolean internal = text.indexOf('/') >= 0;
    if (dotted && internal || !dotted && !internal && !simpleNames) {
      return null;
    }
    String name = dotted ? text.replace('.', '/') : text;
    if (!hierarchy.isProgramClass(name)) {
      return null;
    }
    return new ClassNameString(name, internal ? NameForm.INTERNAL_CLASS : NameForm.DOTTED_CLASS);
  }

  /** The first program class in a well-formed descriptor, or null (also for one that is not well formed). */
  private static String firstProgramClass(String descriptor, Hierarchy hierarchy) {
    try {
      Type[] types;
      if (descriptor.charAt(0) == '(') {
        if (descriptor.lastIndexOf('(') != 0 || descriptor.indexOf(')') != descriptor.lastIndexOf(')')) {
          return null;
        }
        Type method = Type.getMethodType(descriptor);
        Type[] arguments = method.getArgumentTypes();
        types = new Type[arguments.length + 1];
        System.arraycopy(arguments, 0, types, 0, arguments.length);
        types[arguments.length] = method.getReturnType();
      } else {
        types = new Type[] {Type.getType(descriptor)};
      }
      StringBuilder rebuilt = new StringBuilder();
      String first = null;
      for (Type type : types) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (element.getSort() == Type.METHOD) {
          return null;
        }
        rebuilt.append(type.getDescriptor());
        if (first == null && element.getSort() == Type.OBJECT && hierarchy.isProgramClass(element.getInternalName())) {
          first = element.getInternalName();
        }
      }
      // ASM parses leniently: a string is a descriptor only if it is exactly what its types spell
      String expected = descriptor.charAt(0) == '(' ? descriptor.replace("(", "").replace(")", "") : descriptor;
      return rebuilt.toString().equals(expected) ? first : null;
    } catch (RuntimeException notADescriptor) {
      return null;
    }
  }
}
