package dev.jarmor.check;

import dev.jarmor.mapping.ClassMapping;
import dev.jarmor.mapping.Mapping;
import dev.jarmor.mapping.MethodMapping;
import java.util.Arrays;
import java.util.List;

/**
 * Translates JUnit Platform unique ids between a protected suite's names and the original's through the
 * variant's mapping: the class parts ({@code [class:...]}, {@code [nested-class:...]}, JUnit 4's
 * {@code [runner:...]}) and the method parts ({@code [method:name(types)]}, {@code [test-template:...]},
 * {@code [test-factory:...]}, JUnit 4's {@code [test:name(class)]}), parameter types included. What the mapping
 * does not know (a method inherited from a class the id does not name, an engine's own segments) stays as it is.
 */
final class TestIds {

  private final Mapping mapping;
  private final boolean toOriginal;

  private TestIds(Mapping mapping, boolean toOriginal) {
    this.mapping = mapping;
    this.toOriginal = toOriginal;
  }

  /** From a protected run's ids to the original's. */
  static TestIds toOriginal(Mapping mapping) {
    return new TestIds(mapping, true);
  }

  /** From the original's ids to a protected run's: what to select when rerunning tests by original id. */
  static TestIds toProtected(Mapping mapping) {
    return new TestIds(mapping, false);
  }

  String translate(String id) {
    List<Segment> segments = Segment.of(id);
    if (segments == null) {
      return id;
    }
    String currentClass = null;
    StringBuilder translated = new StringBuilder();
    for (Segment segment : segments) {
      String type = segment.type();
      String value = segment.value();
      switch (type) {
        case "class", "runner" -> {
          currentClass = value;
          value = className(value);
        }
        case "nested-class" -> {
          String outer = currentClass;
          currentClass = outer + "$" + value;
          String full = className(currentClass);
          String translatedOuter = className(outer);
          value = full.startsWith(translatedOuter + "$") ? full.substring(translatedOuter.length() + 1) : value;
        }
        case "method", "test-template", "test-factory" -> value = method(currentClass, value);
        case "test" -> value = junit4Test(value);
        default -> { }
      }
      translated.append(translated.isEmpty() ? "[" : "/[").append(type.isEmpty() ? "" : type + ":").append(value)
          .append(']');
    }
    return translated.toString();
  }

  /**
   * A test's id as a person reads it: {@code org.acme.FooTest.parses(java.lang.String) #2}, the class (nested
   * classes joined by {@code $}), then the method and any invocation, engine segments left out.
   */
  static String readable(String id) {
    List<Segment> segments = Segment.of(id);
    if (segments == null) {
      return id;
    }
    StringBuilder name = new StringBuilder();
    for (Segment segment : segments) {
      String value = segment.value();
      switch (segment.type()) {
        case "engine" -> { }
        case "class", "runner" -> name.append(value);
        case "nested-class" -> name.append('$').append(value);
        case "method", "test-template", "test-factory" -> name.append('.').append(value);
        case "test" -> name.append('.').append(value, 0, value.contains("(") ? value.lastIndexOf('(') : value.length());
        default -> name.append(' ').append(value);
      }
    }
    return name.isEmpty() ? id : name.toString();
  }

  /** One {@code [type:value]} part of a unique id; a part without a colon has an empty type. */
  private record Segment(String type, String value) {

    /** The id's parts, or null when it is not a JUnit Platform unique id. */
    static List<Segment> of(String id) {
      if (!id.startsWith("[") || !id.endsWith("]")) {
        return null;
      }
      return Arrays.stream(id.substring(1, id.length() - 1).split("\\]/\\[", -1)).map(segment -> {
        int colon = segment.indexOf(':');
        return colon < 0 ? new Segment("", segment) : new Segment(segment.substring(0, colon),
            segment.substring(colon + 1));
      }).toList();
    }
  }

  /** A class name as {@code Class.getName()} spells it, translated. */
  private String className(String name) {
    ClassMapping cls = classMapping(name);
    return cls == null ? name : target(cls);
  }

  private ClassMapping classMapping(String name) {
    return name == null ? null : toOriginal ? mapping.byNewName(name) : mapping.byOriginalName(name);
  }

  private String target(ClassMapping cls) {
    return toOriginal ? cls.originalName() : cls.newName();
  }

  /** {@code name(java.lang.String, [Lcom.acme.Foo;)} in the class named {@code owner}, translated. */
  private String method(String owner, String value) {
    int open = value.indexOf('(');
    if (open < 0 || !value.endsWith(")")) {
      return value;
    }
    String name = value.substring(0, open);
    String inside = value.substring(open + 1, value.length() - 1);
    List<String> given = inside.isBlank() ? List.of() : Arrays.stream(inside.split(",")).map(String::strip).toList();
    List<String> types = given.stream().map(this::typeName).toList();
    String translatedName = name;
    ClassMapping cls = classMapping(owner);
    if (cls != null) {
      List<String> originalTypes = (toOriginal ? types : given).stream().map(TestIds::sourceForm).toList();
      for (MethodMapping m : cls.declarations()) {
        String from = toOriginal ? m.newName() : m.originalName();
        if (from.equals(name) && m.parameters().equals(originalTypes)) {
          translatedName = toOriginal ? m.originalName() : m.newName();
          break;
        }
      }
    }
    return translatedName + "(" + String.join(", ", types) + ")";
  }

  /** JUnit 4's {@code name(com.acme.FooTest)}: the method stays (JUnit 4 runs methods by name), the class follows. */
  private String junit4Test(String value) {
    int open = value.lastIndexOf('(');
    if (open < 0 || !value.endsWith(")")) {
      return value;
    }
    return value.substring(0, open) + "(" + className(value.substring(open + 1, value.length() - 1)) + ")";
  }

  /** A parameter type as {@code Class.getName()} spells it ({@code [Lcom.acme.Foo;}, {@code int}), translated. */
  private String typeName(String type) {
    int dims = 0;
    while (dims < type.length() && type.charAt(dims) == '[') {
      dims++;
    }
    if (dims > 0 && type.charAt(dims) == 'L' && type.endsWith(";")) {
      return type.substring(0, dims + 1) + className(type.substring(dims + 1, type.length() - 1)) + ";";
    }
    return dims > 0 ? type : className(type);
  }

  private static final String PRIMITIVES = "ZBCSIJFD";
  private static final List<String> PRIMITIVE_NAMES =
      List.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

  /** {@code [Ljava.lang.String;} as a mapping writes it: {@code java.lang.String[]}. */
  private static String sourceForm(String type) {
    int dims = 0;
    while (dims < type.length() && type.charAt(dims) == '[') {
      dims++;
    }
    if (dims == 0) {
      return type;
    }
    String element = type.charAt(dims) == 'L' ? type.substring(dims + 1, type.length() - 1)
        : PRIMITIVE_NAMES.get(PRIMITIVES.indexOf(type.charAt(dims)));
    return element + "[]".repeat(dims);
  }
}
