package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Data models: classes whose instances Jackson, Gson, SnakeYAML, JSON-B, JAXB or Kryo turn into
 * documents and back by property name. A model is found where the program hands its class to one of
 * those libraries, directly or through a web framework's request and response (Javalin's, Vert.x's), as
 * a class literal, a TypeReference or TypeToken subclass, or an object of that static type to write;
 * where it carries one of their annotations; or where a web handler method returns or takes it
 * ({@link WebHandlers}: the framework hands it to the library). The types of its properties, its
 * superclasses and its subtypes (a value is written as its own class) are models too. A model's fields, getters, setters and accessors named as its fields
 * (a record's components, a Scala case class's vals, which jackson-module-scala binds) keep their names;
 * with Jackson's {@code @JsonTypeInfo(use = CLASS or MINIMAL_CLASS)} or for Kryo, which write class
 * names, its class name keeps too.
 *
 * <p>An enum model is written as its constant's name by every one of these libraries (Gson's
 * {@code @SerializedName} and JAXB's {@code @XmlEnumValue} on a constant change that name, and
 * {@link EnumBoundary} keeps constants anyway): its fields and getters are no properties, and only
 * its members carrying a binding annotation ({@code @JsonValue}, {@code @JsonCreator}) keep. An enum
 * with Jackson's {@code @JsonFormat(shape = OBJECT)}, on itself or on a field or accessor of its type,
 * is written as an object and has its properties like any model.
 */
public final class DataModelBoundary implements Boundary {

  /** What a document holds of a model: its properties by name, or those and its class's name. */
  private enum Written { PROPERTIES, PROPERTIES_AND_CLASS_NAME }

  /** A data-binding class: the names of its methods that take a model type, and what its documents hold. */
  private record EntryPoint(List<String> methods, Written written) {

    static EntryPoint of(String... methods) {
      return new EntryPoint(List.of(methods), Written.PROPERTIES);
    }
  }

  /** A model, why it is one, and what its documents hold. */
  private record Model(String why, Written written) {

    static Model of(String why) {
      return new Model(why, Written.PROPERTIES);
    }
  }

  /** The data-binding entry points by owner. */
  private static final Map<String, EntryPoint> ENTRY_POINTS = Map.ofEntries(
      Map.entry("com/fasterxml/jackson/databind/ObjectMapper", EntryPoint.of("readValue", "readValues",
          "convertValue", "writeValue", "writeValueAsString", "writeValueAsBytes", "readerFor", "writerFor",
          "treeToValue", "valueToTree", "constructType", "readerForUpdating", "updateValue")),
      Map.entry("com/fasterxml/jackson/databind/ObjectReader", EntryPoint.of("readValue", "readValues", "forType",
          "withType", "treeToValue")),
      Map.entry("com/fasterxml/jackson/databind/ObjectWriter", EntryPoint.of("writeValue", "writeValueAsString",
          "writeValueAsBytes", "forType", "withType")),
      Map.entry("com/google/gson/Gson", EntryPoint.of("fromJson", "toJson", "toJsonTree", "getAdapter")),
      Map.entry("com/google/gson/reflect/TypeToken", EntryPoint.of("get", "getParameterized")),
      Map.entry("org/yaml/snakeyaml/Yaml", EntryPoint.of("loadAs", "dump", "dumpAs", "dumpAsMap")),
      Map.entry("org/yaml/snakeyaml/constructor/Constructor", EntryPoint.of("<init>")),
      Map.entry("org/yaml/snakeyaml/TypeDescription", EntryPoint.of("<init>")),
      Map.entry("javax/json/bind/Jsonb", EntryPoint.of("fromJson", "toJson")),
      Map.entry("jakarta/json/bind/Jsonb", EntryPoint.of("fromJson", "toJson")),
      Map.entry("javax/xml/bind/JAXBContext", EntryPoint.of("newInstance")),
      Map.entry("jakarta/xml/bind/JAXBContext", EntryPoint.of("newInstance")),
      // Kryo writes the name of every class it has not been given a number for
      Map.entry("com/esotericsoftware/kryo/Kryo", new EntryPoint(List.of("register", "readObject", "writeObject",
          "readObjectOrNull", "writeObjectOrNull", "writeClassAndObject"), Written.PROPERTIES_AND_CLASS_NAME)),
      // web frameworks that hand a handler's objects to the JSON library they are configured with
      Map.entry("io/javalin/http/Context", EntryPoint.of("json", "jsonStream", "bodyAsClass", "bodyStreamAsClass",
          "bodyValidator")),
      Map.entry("io/javalin/json/JsonMapper", EntryPoint.of("toJsonString", "toJsonStream", "fromJsonString",
          "fromJsonStream")),
      Map.entry("io/vertx/core/json/Json", EntryPoint.of("encode", "encodePrettily", "encodeToBuffer", "decodeValue")),
      Map.entry("io/vertx/core/json/JsonObject", EntryPoint.of("mapFrom", "mapTo")),
      Map.entry("io/vertx/ext/web/RequestBody", EntryPoint.of("asPojo")),
      Map.entry("io/vertx/ext/web/RoutingContext", EntryPoint.of("json")));

  /** Every entry point's method names: most calls are ruled out by name before their owner's supertypes are read. */
  private static final Set<String> ENTRY_NAMES = ENTRY_POINTS.values().stream().flatMap(e -> e.methods().stream())
      .collect(Collectors.toUnmodifiableSet());

  /** Annotation packages whose presence on a class or member makes it a model. */
  private static final List<String> ANNOTATION_PACKAGES = List.of("Lcom/fasterxml/jackson/annotation/",
      "Lcom/fasterxml/jackson/databind/annotation/", "Lcom/google/gson/annotations/", "Ljavax/xml/bind/annotation/",
      "Ljakarta/xml/bind/annotation/", "Ljavax/json/bind/annotation/", "Ljakarta/json/bind/annotation/");

  private static final String JSON_TYPE_INFO = "Lcom/fasterxml/jackson/annotation/JsonTypeInfo;";
  private static final String JSON_FORMAT = "Lcom/fasterxml/jackson/annotation/JsonFormat;";
  private static final Pattern CLASS_IN_SIGNATURE = Pattern.compile("L([^<;]+)[<;]");

  @Override
  public String id() {
    return "data-model";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    Map<String, Model> roots = new TreeMap<>();
    for (ProgramClass pc : context.program().classes().values()) {
      if (annotated(pc.node())) {
        roots.putIfAbsent(pc.name(), Model.of("carries data-binding annotations"));
      }
      for (MethodNode method : pc.node().methods) {
        findEntryPoints(hierarchy, pc, method, roots);
        if (WebHandlers.isHandler(method)) {
          Model model = Model.of("returned or taken by the web handler " + pc.name().replace('/', '.') + "."
              + method.name);
          programClassesIn(method.signature != null ? method.signature : method.desc, hierarchy)
              .forEach(name -> roots.putIfAbsent(name, model));
        }
      }
    }
    Set<String> objectShaped = objectShapedEnums(context);
    Map<String, Model> models = closure(context, roots, objectShaped);
    models.forEach((name, model) -> keepProperties(context, name, model, objectShaped, decisions));
  }

  /** The enums Jackson writes as objects: {@code @JsonFormat(shape = OBJECT)} on the enum or on a property of its type. */
  private static Set<String> objectShapedEnums(AnalysisContext context) {
    Set<String> enums = new TreeSet<>();
    for (ProgramClass pc : context.program().classes().values()) {
      ClassNode node = pc.node();
      if (isObjectShape(node.visibleAnnotations)) {
        enums.add(node.name);
      }
      for (FieldNode field : node.fields) {
        if (isObjectShape(field.visibleAnnotations)) {
          enums.add(Type.getType(field.desc).getInternalName());
        }
      }
      for (MethodNode method : node.methods) {
        if (isObjectShape(method.visibleAnnotations)) {
          enums.add(Type.getReturnType(method.desc).getInternalName());
          for (Type parameter : Type.getArgumentTypes(method.desc)) {
            enums.add(parameter.getInternalName());
          }
        }
      }
    }
    return enums;
  }

  private static boolean isObjectShape(List<AnnotationNode> annotations) {
    if (annotations == null) {
      return false;
    }
    for (AnnotationNode annotation : annotations) {
      if (annotation.desc.equals(JSON_FORMAT) && "OBJECT".equals(enumValue(annotation, "shape"))) {
        return true;
      }
    }
    return false;
  }

  /** The constant an annotation's enum-valued element names, or null. */
  private static String enumValue(AnnotationNode annotation, String element) {
    if (annotation.values != null) {
      for (int i = 0; i + 1 < annotation.values.size(); i += 2) {
        if (element.equals(annotation.values.get(i)) && annotation.values.get(i + 1) instanceof String[] value) {
          return value[1];
        }
      }
    }
    return null;
  }

  /**
   * An enum, or an enum constant's body, written as its constant's name (every library's default):
   * its fields and getters are no properties.
   */
  private static boolean writtenAsName(ClassNode node, Set<String> objectShaped) {
    if ((node.access & Opcodes.ACC_ENUM) == 0) {
      return false;
    }
    String enumName = "java/lang/Enum".equals(node.superName) ? node.name : node.superName;
    return !objectShaped.contains(enumName);
  }

  private static boolean isPropertyField(FieldNode field, boolean asName) {
    return (field.access & Opcodes.ACC_STATIC) == 0 && (!asName || hasBindingAnnotation(field.visibleAnnotations));
  }

  private static boolean isPropertyMethod(MethodNode method, boolean asName) {
    return asName ? hasBindingAnnotation(method.visibleAnnotations) : isAccessor(method);
  }

  private static boolean annotated(ClassNode node) {
    if (hasBindingAnnotation(node.visibleAnnotations)) {
      return true;
    }
    for (FieldNode field : node.fields) {
      if (hasBindingAnnotation(field.visibleAnnotations)) {
        return true;
      }
    }
    for (MethodNode method : node.methods) {
      if (hasBindingAnnotation(method.visibleAnnotations)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBindingAnnotation(List<AnnotationNode> annotations) {
    return annotations != null && annotations.stream()
        .anyMatch(a -> ANNOTATION_PACKAGES.stream().anyMatch(a.desc::startsWith));
  }

  /** The model types a method hands to a data-binding library. */
  private void findEntryPoints(Hierarchy hierarchy, ProgramClass pc, MethodNode method, Map<String, Model> roots) {
    Frame<Tracked>[] frames = null;
    for (AbstractInsnNode insn : method.instructions) {
      if (!(insn instanceof MethodInsnNode call) || !ENTRY_NAMES.contains(call.name)
          || entryPointOwner(hierarchy, call) == null) {
        continue;
      }
      if (frames == null) {
        frames = TrackedFrames.of(hierarchy, pc, method);
        if (frames == null) {
          return;
        }
      }
      Frame<Tracked> frame = frames[method.instructions.indexOf(insn)];
      if (frame == null) {
        continue;
      }
      String owner = entryPointOwner(hierarchy, call);
      Model model = new Model("data model of " + owner.substring(owner.lastIndexOf('/') + 1) + "." + call.name
          + " at " + CodeLocation.of(pc.node(), method, insn), ENTRY_POINTS.get(owner).written());
      Type[] parameters = Type.getArgumentTypes(call.desc);
      for (int i = 0; i < parameters.length; i++) {
        Tracked value = frame.getStack(frame.getStackSize() - parameters.length + i);
        for (String name : modelTypes(hierarchy, value)) {
          roots.putIfAbsent(name, model);
        }
      }
    }
  }

  /**
   * The entry point class a call reaches, or null: the call names it or a subclass, such as Jackson's
   * {@code JsonMapper} (what Scala code holds when it mixes in jackson-module-scala's
   * {@code ClassTagExtensions}) or a program's own mapper.
   */
  private static String entryPointOwner(Hierarchy hierarchy, MethodInsnNode call) {
    if (isEntryPoint(call.owner, call.name)) {
      return call.owner;
    }
    for (ClassInfo ancestor : hierarchy.ancestors(call.owner)) {
      if (isEntryPoint(ancestor.name(), call.name)) {
        return ancestor.name();
      }
    }
    return null;
  }

  private static boolean isEntryPoint(String owner, String method) {
    EntryPoint entryPoint = ENTRY_POINTS.get(owner);
    return entryPoint != null && entryPoint.methods().contains(method);
  }

  /**
   * The program classes a value names as a model type: a Class object's class, the type arguments of
   * a TypeReference or TypeToken subclass, or the static type of an object to write.
   */
  private static List<String> modelTypes(Hierarchy hierarchy, Tracked value) {
    if (value.fact instanceof Fact.ClassOf cls) {
      return programClassesIn("L" + cls.name().replaceFirst("^\\[+L?", "").replaceFirst(";$", "") + ";", hierarchy);
    }
    if (value.type == null || value.type.getSort() != Type.OBJECT) {
      return List.of();
    }
    ClassInfo type = hierarchy.find(value.type.getInternalName());
    if (type == null || !type.isProgram()) {
      return List.of();
    }
    String superName = type.superName();
    if ("com/fasterxml/jackson/core/type/TypeReference".equals(superName)
        || "com/google/gson/reflect/TypeToken".equals(superName)) {
      return List.of(); // resolved through the subclass's generic signature in closure()
    }
    return List.of(type.name());
  }

  /** The models reachable from the roots: property types, superclasses, type references' arguments. */
  private static Map<String, Model> closure(AnalysisContext context, Map<String, Model> roots,
      Set<String> objectShaped) {
    Hierarchy hierarchy = context.hierarchy();
    Map<String, Model> models = new TreeMap<>(roots);
    Deque<String> work = new ArrayDeque<>(roots.keySet());
    // type reference subclasses anywhere in the program name their models in their signature
    for (ProgramClass pc : context.program().classes().values()) {
      String superName = pc.node().superName;
      if (pc.node().signature != null && ("com/fasterxml/jackson/core/type/TypeReference".equals(superName)
          || "com/google/gson/reflect/TypeToken".equals(superName))) {
        for (String model : programClassesIn(pc.node().signature, hierarchy)) {
          if (!model.equals(pc.name())
              && models.putIfAbsent(model, Model.of("type argument of " + pc.name().replace('/', '.'))) == null) {
            work.add(model);
          }
        }
      }
    }
    while (!work.isEmpty()) {
      String name = work.poll();
      ProgramClass pc = context.program().classes().get(name);
      if (pc == null) {
        continue;
      }
      Model propertyType = Model.of("property type of model " + name.replace('/', '.'));
      ClassNode node = pc.node();
      // a value is written as its own class, whatever the type it is declared with (a sealed interface's
      // cases, a base class's subclasses): their properties are the document's too; with type information a
      // document may also be read back as any of them
      Model subtype = Model.of((annotation(node, JSON_TYPE_INFO) != null ? "subclass of polymorphic model "
          : "subtype of model ") + name.replace('/', '.'));
      for (String subclass : hierarchy.descendants(name)) {
        if (hierarchy.isProgramClass(subclass) && models.putIfAbsent(subclass, subtype) == null) {
          work.add(subclass);
        }
      }
      if (node.superName != null && hierarchy.isProgramClass(node.superName)
          && models.putIfAbsent(node.superName, Model.of("superclass of model " + name.replace('/', '.'))) == null) {
        work.add(node.superName);
      }
      boolean asName = writtenAsName(node, objectShaped);
      for (FieldNode field : node.fields) {
        if (isPropertyField(field, asName)) {
          enqueue(hierarchy, field.signature != null ? field.signature : field.desc, propertyType, models, work);
        }
      }
      for (MethodNode method : node.methods) {
        if (isPropertyMethod(method, asName)) {
          enqueue(hierarchy, method.signature != null ? method.signature : method.desc, propertyType, models, work);
        }
      }
    }
    return models;
  }

  private static void enqueue(Hierarchy hierarchy, String signature, Model propertyType, Map<String, Model> models,
      Deque<String> work) {
    for (String model : programClassesIn(signature, hierarchy)) {
      if (models.putIfAbsent(model, propertyType) == null) {
        work.add(model);
      }
    }
  }

  private static List<String> programClassesIn(String signature, Hierarchy hierarchy) {
    Matcher matcher = CLASS_IN_SIGNATURE.matcher(signature);
    java.util.ArrayList<String> found = new java.util.ArrayList<>();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (hierarchy.isProgramClass(name) && !found.contains(name)) {
        found.add(name);
      }
    }
    return found;
  }

  /**
   * A method named as an instance field of the same type, with no parameters: a record's component, a
   * Scala {@code val}'s accessor, which jackson-module-scala reads and writes as the property of that name.
   */
  private static boolean isFieldAccessor(ClassNode node, MethodNode method) {
    return (method.access & Opcodes.ACC_STATIC) == 0 && method.desc.startsWith("()")
        && node.fields.stream().anyMatch(f -> f.name.equals(method.name) && (f.access & Opcodes.ACC_STATIC) == 0
            && method.desc.equals("()" + f.desc));
  }

  /** A getter ({@code getX()}, {@code isX()}, a record's {@code x()}) or a setter ({@code setX(v)}). */
  private static boolean isAccessor(MethodNode method) {
    if ((method.access & Opcodes.ACC_STATIC) != 0 || method.name.startsWith("<")) {
      return false;
    }
    int parameters = Type.getArgumentTypes(method.desc).length;
    boolean getter = parameters == 0 && Type.getReturnType(method.desc) != Type.VOID_TYPE
        && (method.name.startsWith("get") || method.name.startsWith("is"));
    boolean setter = parameters == 1 && method.name.startsWith("set");
    return getter || setter;
  }

  private void keepProperties(AnalysisContext context, String name, Model model, Set<String> objectShaped,
      Consumer<Decision> decisions) {
    ProgramClass pc = context.program().classes().get(name);
    if (pc == null) {
      return;
    }
    ClassNode node = pc.node();
    String reason = model.why() + ": documents name its properties";
    boolean asName = writtenAsName(node, objectShaped);
    for (FieldNode field : node.fields) {
      if (isPropertyField(field, asName)) {
        decisions.accept(Decision.keep(Target.ofField(name, field.name, field.desc), id(), reason));
      }
    }
    for (MethodNode method : node.methods) {
      boolean component = !asName && isFieldAccessor(node, method);
      if (component || isPropertyMethod(method, asName) || hasBindingAnnotation(method.visibleAnnotations)) {
        decisions.accept(Decision.keep(Target.ofMethod(name, method.name, method.desc), id(), reason));
      }
    }
    if (model.written() == Written.PROPERTIES_AND_CLASS_NAME || writesClassNames(context, name)) {
      decisions.accept(Decision.keep(Target.ofClass(name), id(), model.why() + ": documents name its class"));
    }
  }

  /**
   * Jackson's {@code @JsonTypeInfo(use = CLASS or MINIMAL_CLASS)} on the class or a superclass: the
   * document holds the class name.
   */
  private static boolean writesClassNames(AnalysisContext context, String name) {
    for (String cls = name; cls != null; ) {
      ProgramClass pc = context.program().classes().get(cls);
      if (pc == null) {
        return false;
      }
      AnnotationNode typeInfo = annotation(pc.node(), JSON_TYPE_INFO);
      String use = typeInfo == null ? null : enumValue(typeInfo, "use");
      if ("CLASS".equals(use) || "MINIMAL_CLASS".equals(use)) {
        return true;
      }
      cls = pc.node().superName;
    }
    return false;
  }

  private static AnnotationNode annotation(ClassNode node, String descriptor) {
    if (node.visibleAnnotations != null) {
      for (AnnotationNode annotation : node.visibleAnnotations) {
        if (annotation.desc.equals(descriptor)) {
          return annotation;
        }
      }
    }
    return null;
  }
}
