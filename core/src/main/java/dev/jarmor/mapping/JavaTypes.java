package dev.jarmor.mapping;

import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Conversions between descriptors and the Java source form of types a mapping file uses
 * ({@code I} and {@code int}, {@code [[Ljava/lang/String;} and {@code java.lang.String[][]}).
 */
final class JavaTypes {

  private static final Map<String, String> PRIMITIVES = Map.of("void", "V", "boolean", "Z", "byte", "B",
      "char", "C", "short", "S", "int", "I", "long", "J", "float", "F", "double", "D");

  private JavaTypes() {}

  /** The descriptor of a type in Java source form; it is not checked beyond its brackets. */
  static String descriptor(String javaType) {
    int end = javaType.length();
    int dimensions = 0;
    while (end >= 2 && javaType.startsWith("[]", end - 2)) {
      end -= 2;
      dimensions++;
    }
    String element = javaType.substring(0, end);
    String primitive = PRIMITIVES.get(element);
    return "[".repeat(dimensions) + (primitive != null ? primitive : "L" + element.replace('.', '/') + ";");
  }

  /** The Java source form of a field descriptor or return type. */
  static String javaType(String descriptor) {
    return Type.getType(descriptor).getClassName();
  }

  /** Whether a string can be a type in Java source form: a name, then pairs of brackets. */
  static boolean isJavaType(String text) {
    int end = text.length();
    while (end >= 2 && text.startsWith("[]", end - 2)) {
      end -= 2;
    }
    String element = text.substring(0, end);
    return !element.isEmpty() && isName(element) && !element.startsWith(".") && !element.endsWith(".")
        && !element.contains("..");
  }

  /** Whether a string can be a (possibly dotted) name: no blanks and none of the characters the format uses. */
  static boolean isName(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == ')' || c == ',' || c == '[' || c == ']' || c == ';'
          || c == '/') {
        return false;
      }
    }
    return true;
  }
}
