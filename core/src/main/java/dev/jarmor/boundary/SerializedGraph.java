package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.ProgramClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The serialized graph of some classes: the Serializable program classes Java serialization may
 * write into a stream when it writes an instance of one of them, each with the edge that reaches it.
 *
 * <p>From a Serializable class the graph follows, transitively:
 * <ul>
 *   <li>its Serializable program superclasses (a stream holds a descriptor for each);
 *   <li>the declared types of its serialized fields, with every class in the field's generic
 *       signature (the element types of collections, the keys and values of maps, any other type
 *       argument), array element types, and the bounds of the class's type variables a field uses;
 *   <li>the program subtypes of each such program type: a field of type {@code Shape} may hold a
 *       {@code Circle};
 *   <li>the fields its {@code writeObject} reads (transient ones a custom form writes by hand), and
 *       the program classes its {@code writeReplace} or {@code writeObject} creates.
 * </ul>
 * Only Serializable program classes are reached (other classes never appear in a stream), and enum
 * constant bodies never are: a stream names the enum itself. Enums are reached but not walked: a
 * stream holds a constant's name, never its fields (Java Object Serialization Specification 1.12).
 *
 * <p>Known limits: what a {@code writeObject} writes beyond its class's fields and the objects it
 * creates (values computed elsewhere, or read through another object) is not seen; a field whose
 * declared type is a library type ({@code Object}, {@code Serializable}, {@code Number}, a
 * collection interface with no type argument) may hold any program class, and the graph follows no
 * program subtypes of library types, since that would open nearly every class; nor does it follow the
 * values a serializable lambda captures. Such classes need a {@code --wire-open} pattern of their own.
 */
final class SerializedGraph {

  private static final String SERIALIZABLE = "java/io/Serializable";
  private static final String ENUM = "java/lang/Enum";
  private static final String PERSISTENT_FIELDS_DESCRIPTOR = "[Ljava/io/ObjectStreamField;";

  private final AnalysisContext context;
  private final Map<String, String> reached = new TreeMap<>();
  private final Map<String, String> openers = new TreeMap<>();
  private final Deque<String> work = new ArrayDeque<>();

  private SerializedGraph(AnalysisContext context) {
    this.context = context;
  }

  /**
   * The classes reached from the roots, roots excluded: each mapped to the edge that reached it first
   * and the root's reason, e.g. "serialized in field jobs of com.acme.RunState, opened by --wire-open
   * com.acme.RunState".
   *
   * @param roots class (internal name) to what opened it, e.g. "--wire-open com.acme.RunState"
   */
  static Map<String, String> reachedFrom(AnalysisContext context, Map<String, String> roots) {
    SerializedGraph graph = new SerializedGraph(context);
    graph.openers.putAll(roots);
    graph.work.addAll(new TreeMap<>(roots).keySet());
    graph.walk();
    return graph.reached;
  }

  /**
   * Whether the class's instances are written field by field: Serializable (or maybe, through a supertype that
   * cannot be read), and neither an enum nor its constant's body.
   */
  static boolean writesFields(Hierarchy hierarchy, ClassInfo cls) {
    return hierarchy.mayBeSubtype(cls.name(), SERIALIZABLE) && !isEnumOrConstantBody(hierarchy, cls);
  }

  /** An enum, or the body of one of its constants (the anonymous subclass {@code Priority$1}). */
  static boolean isEnumOrConstantBody(Hierarchy hierarchy, ClassInfo cls) {
    return ENUM.equals(cls.superName()) || isConstantBody(hierarchy, cls);
  }

  private static boolean isConstantBody(Hierarchy hierarchy, ClassInfo cls) {
    ClassInfo superclass = cls.superName() == null ? null : hierarchy.find(cls.superName());
    return superclass != null && ENUM.equals(superclass.superName());
  }

  /** Whether a field of a class writing its fields is in its serialized form, by the field's access flags. */
  static boolean isSerializedField(ClassInfo owner, int fieldAccess) {
    boolean persistentFields = owner.field("serialPersistentFields", PERSISTENT_FIELDS_DESCRIPTOR) != null;
    // serialPersistentFields names its fields in code: any instance field may be one of them
    return (fieldAccess & Opcodes.ACC_STATIC) == 0 && (persistentFields || (fieldAccess & Opcodes.ACC_TRANSIENT) == 0);
  }

  private void walk() {
    Hierarchy hierarchy = context.hierarchy();
    while (!work.isEmpty()) {
      String name = work.poll();
      ProgramClass pc = context.program().classes().get(name);
      ClassInfo cls = hierarchy.find(name);
      if (pc == null || cls == null || !writesFields(hierarchy, cls)) {
        continue;
      }
      String opener = openers.get(name);
      String dotted = cls.toString();
      ClassInfo superclass = cls.superName() == null ? null : hierarchy.find(cls.superName());
      if (superclass != null && superclass.isProgram() && writesFields(hierarchy, superclass)) {
        reach(superclass.name(), "serializable superclass of " + dotted, opener);
      }
      ClassNode node = pc.node();
      Map<String, Set<String>> bounds = typeVariableBounds(node);
      for (FieldNode field : node.fields) {
        if (isSerializedField(cls, field.access)) {
          reachTypesOf(field, bounds, "serialized in field " + field.name + " of " + dotted, opener);
        }
      }
      for (MethodNode method : node.methods) {
        if (method.name.equals("writeObject") && method.desc.equals("(Ljava/io/ObjectOutputStream;)V")) {
          followWriteObject(node, method, bounds, dotted, opener);
        } else if (method.name.equals("writeReplace") && method.desc.equals("()Ljava/lang/Object;")) {
          reachCreated(method, "written in place of " + dotted + " by its writeReplace", opener);
        }
      }
    }
  }

  /** The fields a custom form reads to write them, transient or not, and the objects it creates. */
  private void followWriteObject(ClassNode node, MethodNode method, Map<String, Set<String>> bounds, String dotted,
      String opener) {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof FieldInsnNode get && get.getOpcode() == Opcodes.GETFIELD && get.owner.equals(node.name)) {
        for (FieldNode field : node.fields) {
          if (field.name.equals(get.name) && field.desc.equals(get.desc)) {
            reachTypesOf(field, bounds, "written from field " + field.name + " by writeObject of " + dotted, opener);
          }
        }
      }
    }
    reachCreated(method, "created by writeObject of " + dotted, opener);
  }

  private void reachCreated(MethodNode method, String edge, String opener) {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof TypeInsnNode create && create.getOpcode() == Opcodes.NEW) {
        ClassInfo cls = context.hierarchy().find(create.desc);
        if (cls != null && cls.isProgram() && writesFields(context.hierarchy(), cls)) {
          reach(cls.name(), edge, opener);
        }
      }
    }
  }

  private void reachTypesOf(FieldNode field, Map<String, Set<String>> bounds, String edge, String opener) {
    Set<String> types = new LinkedHashSet<>();
    Type declared = Type.getType(field.desc);
    Type element = declared.getSort() == Type.ARRAY ? declared.getElementType() : declared;
    if (element.getSort() == Type.OBJECT) {
      types.add(element.getInternalName());
    }
    if (field.signature != null) {
      ClassTypes found = new ClassTypes();
      new SignatureReader(field.signature).acceptType(found);
      types.addAll(found.classes);
      for (String variable : found.variables) {
        types.addAll(bounds.getOrDefault(variable, Set.of()));
      }
    }
    for (String type : types) {
      reachType(type, edge, opener);
    }
  }

  /** The type and, where it is a program class, its program subtypes: what a field of that type may hold. */
  private void reachType(String type, String edge, String opener) {
    Hierarchy hierarchy = context.hierarchy();
    if (!hierarchy.isProgramClass(type)) {
      return;
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(type);
    candidates.addAll(hierarchy.descendants(type));
    for (String candidate : candidates) {
      ClassInfo cls = hierarchy.find(candidate);
      if (cls != null && hierarchy.mayBeSubtype(candidate, SERIALIZABLE) && !isConstantBody(hierarchy, cls)) {
        reach(candidate, candidate.equals(type) ? edge : edge + " as a subtype of " + type.replace('/', '.'), opener);
      }
    }
  }

  private void reach(String name, String edge, String opener) {
    if (!openers.containsKey(name)) {
      openers.put(name, opener);
      reached.put(name, edge + ", opened by " + opener);
      work.add(name);
    }
  }

  /** The classes each of the class's type variables is bounded by, from its generic signature. */
  private static Map<String, Set<String>> typeVariableBounds(ClassNode node) {
    Map<String, Set<String>> bounds = new TreeMap<>();
    if (node.signature == null) {
      return bounds;
    }
    new SignatureReader(node.signature).accept(new SignatureVisitor(Opcodes.ASM9) {
      private Set<String> current;

      @Override
      public void visitFormalTypeParameter(String name) {
        current = bounds.computeIfAbsent(name, n -> new LinkedHashSet<>());
      }

      @Override
      public SignatureVisitor visitClassBound() {
        return new ClassTypes(current, new LinkedHashSet<>());
      }

      @Override
      public SignatureVisitor visitInterfaceBound() {
        return new ClassTypes(current, new LinkedHashSet<>());
      }
    });
    return bounds;
  }

  /** Collects the class names a type signature mentions, at any depth, and the type variables it uses. */
  private static final class ClassTypes extends SignatureVisitor {

    final Set<String> classes;
    final Set<String> variables;
    private String current;

    ClassTypes() {
      this(new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    ClassTypes(Set<String> classes, Set<String> variables) {
      super(Opcodes.ASM9);
      this.classes = classes;
      this.variables = variables;
    }

    @Override
    public void visitClassType(String name) {
      current = name;
      classes.add(name);
    }

    @Override
    public void visitInnerClassType(String name) {
      current = current + "$" + name;
      classes.add(current);
    }

    @Override
    public void visitTypeVariable(String name) {
      variables.add(name);
    }

    @Override
    public SignatureVisitor visitTypeArgument(char wildcard) {
      // a nested visitor: a type argument's own class types must not disturb this one's inner-class name
      return new ClassTypes(classes, variables);
    }
  }
}
