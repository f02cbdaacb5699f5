package dev.jarmor.rules;

import java.util.Map;

/**
 * A type as a rule spells it, in Java source form ({@code int}, {@code java.lang.String[]},
 * {@code com.acme.*}), turned into a regular expression over type descriptors.
 *
 * <p>Wildcards as in ProGuard: {@code %} is any primitive type but void; {@code ***} any type,
 * primitive or not, array or not; {@code ?}, {@code *} and {@code **} are wildcards in a class name
 * and match neither primitive nor array types. A whole type {@code <n>} is a back-reference and
 * matches any type (see {@link Wildcards}). {@code Foo...} is read as {@code Foo[]}. Class names must
 * be fully qualified: {@code String} is a class in the default package, as in ProGuard.
 */
final class TypePattern {

  /** Any field type. */
  static final String ANY_TYPE = "\\[*(?:[ZBCSIJFD]|L[^;]*;)";

  private static final Map<String, String> PRIMITIVES = Map.of(
      "boolean", "Z", "byte", "B", "char", "C", "short", "S",
      "int", "I", "long", "J", "float", "F", "double", "D");

  private TypePattern() {}

  /**
   * The regex of a field, argument or return type, or null if the text is not a type.
   *
   * @param returnType whether {@code void} is allowed and {@code ***} also matches it
   */
  static String toRegex(String text, boolean returnType) {
    String base = text;
    int dimensions = 0;
    if (base.endsWith("...")) {
      base = base.substring(0, base.length() - 3);
      dimensions++;
    }
    while (base.endsWith("[]")) {
      base = base.substring(0, base.length() - 2);
      dimensions++;
    }
    String element = elementRegex(base);
    if (element == null || base.equals("void") && (!returnType || dimensions > 0)) {
      return null;
    }
    String arrays = "\\[".repeat(dimensions);
    if (returnType && dimensions == 0 && isAnyType(base)) {
      return "(?:" + ANY_TYPE + "|V)";
    }
    return arrays + element;
  }

  private static boolean isAnyType(String base) {
    return base.equals("***") || Wildcards.backReferenceEnd(base, 0) == base.length();
  }

  private static String elementRegex(String base) {
    if (base.isEmpty()) {
      return null;
    }
    if (isAnyType(base)) {
      return "(?:" + ANY_TYPE + ")";
    }
    if (base.equals("%")) {
      return "[ZBCSIJFD]";
    }
    if (base.equals("void")) {
      return "V";
    }
    String primitive = PRIMITIVES.get(base);
    if (primitive != null) {
      return primitive;
    }
    if (!Wildcards.isClassNameGlob(base)) {
      return null;
    }
    return "L" + Wildcards.toRegex(base.replace('.', '/'), "[^/;]", "[^;]") + ";";
  }
}
