package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.tree.ClassNode;

/**
 * Java serialization: a stream records class names, field names and a serialVersionUID, and the
 * JVM finds the magic members ({@code writeObject}, {@code readResolve}, ...) by name.
 *
 * <ul>
 *   <li>In every mode the magic members of every Serializable class keep their names, and the
 *       serialVersionUID is pinned: a class that declares none gets the value the JVM computes for
 *       its original form, so no rename or later pass changes its stream identity.
 *   <li>Where the wire is open ({@link WireScope}), the class keeps its name (and so, through the
 *       planner, do the classes enclosing it), and its serialized fields keep theirs (all non-static fields where the class
 *       declares serialPersistentFields, whose names live in code).
 * </ul>
 *
 * A class with a supertype that cannot be read is treated as Serializable: that supertype may be.
 *
 * <p>Enums and records are identified by name and component alone (their serialVersionUID is 0 and
 * not checked), so they are pinned nowhere; {@link EnumBoundary} and {@link RecordBoundary} keep
 * their names. A stream holds an enum constant as its enum's name and the constant's name (Java
 * Object Serialization Specification 1.12): an enum's fields are no serialized fields, and the body
 * of a constant ({@code Priority$1}) is named by no stream, so neither keeps a name here.
 */
public final class SerializationBoundary implements Boundary {

  private static final String SERIALIZABLE = "java/io/Serializable";
  private static final List<String[]> MAGIC_FIELDS = List.of(
      new String[] {"serialVersionUID", "J"},
      new String[] {"serialPersistentFields", "[Ljava/io/ObjectStreamField;"});
  private static final List<String[]> MAGIC_METHODS = List.of(
      new String[] {"writeObject", "(Ljava/io/ObjectOutputStream;)V"},
      new String[] {"readObject", "(Ljava/io/ObjectInputStream;)V"},
      new String[] {"readObjectNoData", "()V"},
      new String[] {"writeReplace", "()Ljava/lang/Object;"},
      new String[] {"readResolve", "()Ljava/lang/Object;"});

  private final WireScope wire;

  public SerializationBoundary(WireScope wire) {
    this.wire = wire;
  }

  @Override
  public String id() {
    return "serialization";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    OpenClasses open = wire.in(context);
    for (ProgramClass pc : context.program().classes().values()) {
      ClassNode node = pc.node();
      ClassInfo cls = hierarchy.find(node.name);
      // interfaces too: a Class object in a stream (a serialized lambda's capturing class, a proxy's
      // interfaces) is written as a class descriptor with its name and serialVersionUID
      if (cls == null || !hierarchy.mayBeSubtype(node.name, SERIALIZABLE)) {
        continue;
      }
      // a supertype that cannot be read may be Serializable: the class is treated as if it were
      String hedge = hierarchy.isSubtype(node.name, SERIALIZABLE) ? ""
          : ", if Serializable through " + String.join(" or ", hierarchy.missingSupertypes(node.name)).replace('/', '.')
          + ", missing from the classpath";
      keepMagicMembers(cls, hedge, decisions);
      boolean enumOrConstantBody = SerializedGraph.isEnumOrConstantBody(hierarchy, cls);
      boolean enumOrRecord = enumOrConstantBody || "java/lang/Record".equals(cls.superName());
      if (!enumOrRecord && cls.field("serialVersionUID", "J") == null) {
        long suid = DefaultSerialVersionUid.of(node);
        decisions.accept(Decision.pinSerialVersion(cls.name(), suid, id(),
            "serialVersionUID pinned to " + suid + "L, the JVM's value for the original class" + hedge));
      }
      boolean namedByStreams = !enumOrConstantBody || "java/lang/Enum".equals(cls.superName());
      if (namedByStreams && open.contains(cls.name())) {
        keepWireNames(hierarchy, cls, open.why(cls.name()) + hedge, decisions);
      }
    }
  }

  private void keepMagicMembers(ClassInfo cls, String hedge, Consumer<Decision> decisions) {
    for (String[] field : MAGIC_FIELDS) {
      if (cls.field(field[0], field[1]) != null) {
        decisions.accept(Decision.keep(Target.ofField(cls.name(), field[0], field[1]), id(),
            "serialization member the JVM looks up by name" + hedge));
      }
    }
    for (String[] method : MAGIC_METHODS) {
      if (cls.method(method[0], method[1]) != null) {
        decisions.accept(Decision.keep(Target.ofMethod(cls.name(), method[0], method[1]), id(),
            "serialization method the JVM looks up by name" + hedge));
      }
    }
  }

  private void keepWireNames(Hierarchy hierarchy, ClassInfo cls, String why, Consumer<Decision> decisions) {
    decisions.accept(Decision.keep(Target.ofClass(cls.name()), id(), "Serializable: streams name the class (" + why + ")"));
    if (!SerializedGraph.writesFields(hierarchy, cls)) {
      return;
    }
    for (MemberInfo field : cls.fields()) {
      if (SerializedGraph.isSerializedField(cls, field.access())) {
        decisions.accept(Decision.keep(Target.ofField(cls.name(), field.name(), field.descriptor()), id(),
            "serialized field of " + cls + " (" + why + ")"));
      }
    }
  }
}
