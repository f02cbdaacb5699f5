package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Scala 2's {@code Enumeration}: a value made by {@code Value} without a name takes the name of the
 * {@code val} holding it, which {@code Enumeration.populateNameMap} finds by reflection on first use of
 * {@code toString} or {@code withName}: the object's accessor methods with no parameters returning a
 * {@code Value}, each matched with a field of the same name and type. Renamed, values print new names
 * and {@code withName("High")} finds nothing, so those accessors and their fields keep their names.
 */
public final class ScalaEnumerationBoundary implements Boundary {

  private static final String ENUMERATION = "scala/Enumeration";
  private static final String VALUE = "scala/Enumeration$Value";
  private static final String WHY = "Scala Enumeration value: its name is this val's, which"
      + " Enumeration.populateNameMap reads by reflection for toString and withName";

  @Override
  public String id() {
    return "scala-enumeration";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    for (ProgramClass pc : context.program().classes().values()) {
      if (pc.name().equals(ENUMERATION) || !hierarchy.isSubtype(pc.name(), ENUMERATION)) {
        continue;
      }
      for (FieldNode field : pc.node().fields) {
        if (isValue(hierarchy, Type.getType(field.desc))) {
          decisions.accept(Decision.keep(Target.ofField(pc.name(), field.name, field.desc), id(), WHY));
        }
      }
      for (MethodNode method : pc.node().methods) {
        if (Type.getArgumentCount(method.desc) == 0 && isValue(hierarchy, Type.getReturnType(method.desc))) {
          decisions.accept(Decision.keep(Target.ofMethod(pc.name(), method.name, method.desc), id(), WHY));
        }
      }
    }
  }

  private static boolean isValue(Hierarchy hierarchy, Type type) {
    return type.getSort() == Type.OBJECT && hierarchy.isSubtype(type.getInternalName(), VALUE);
  }
}
