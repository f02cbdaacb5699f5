package dev.jarmor.rules;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/** Conversions between descriptors and the class names rules are written in. */
final class Descriptors {

  private Descriptors() {}

  /** The internal class name of an object descriptor such as {@code Lcom/acme/Foo;}, else the descriptor itself. */
  static String className(String descriptor) {
    return descriptor.startsWith("L") && descriptor.endsWith(";")
        ? descriptor.substring(1, descriptor.length() - 1) : descriptor;
  }

  /** The internal names of the classes a field or method descriptor mentions, arrays unwrapped, in order. */
  static List<String> classesIn(String descriptor) {
    List<Type> types = new ArrayList<>();
    if (descriptor.startsWith("(")) {
      types.addAll(List.of(Type.getArgumentTypes(descriptor)));
      types.add(Type.getReturnType(descriptor));
    } else {
      types.add(Type.getType(descriptor));
    }
    List<String> names = new ArrayList<>();
    for (Type type : types) {
      Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
      if (element.getSort() == Type.OBJECT && !names.contains(element.getInternalName())) {
        names.add(element.getInternalName());
      }
    }
    return names;
  }
}
