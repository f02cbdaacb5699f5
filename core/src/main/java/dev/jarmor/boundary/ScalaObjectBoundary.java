package dev.jarmor.boundary;

import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldNode;

/**
 * Scala objects: the module class of an {@code object} ({@code Registry$}, a case class's companion
 * {@code Sale$}, a case object {@code Closed$}, a nested {@code Shop$Rules$}) holds its singleton in
 * the static field {@code MODULE$}, which Scala's {@code ModuleSerializationProxy} reads by name when
 * a stream gives an object back (2.13 objects write themselves as that proxy) and Java callers name
 * in source. Recognised from the bytecode (Scala 2 and 3 alike): a static final field {@code MODULE$}
 * of the class's own type. The field keeps its name in every wire mode; the class's name is the
 * serialization boundary's to decide (a stream names the module class).
 */
public final class ScalaObjectBoundary implements Boundary {

  private static final String MODULE_FIELD = "MODULE$";

  @Override
  public String id() {
    return "scala-object";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    for (ProgramClass pc : context.program().classes().values()) {
      FieldNode module = moduleField(pc);
      if (module != null) {
        decisions.accept(Decision.keep(Target.ofField(pc.name(), module.name, module.desc), id(),
            "Scala object: MODULE$ is found by name by ModuleSerializationProxy and Java callers"));
      }
    }
  }

  /** Whether {@code pc} is a Scala object's module class. */
  static boolean isObject(ProgramClass pc) {
    return moduleField(pc) != null;
  }

  /** The {@code MODULE$} field of a Scala object's module class, or null if the class is none. */
  private static FieldNode moduleField(ProgramClass pc) {
    String own = "L" + pc.name() + ";";
    for (FieldNode field : pc.node().fields) {
      if (field.name.equals(MODULE_FIELD) && field.desc.equals(own)
          && (field.access & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) == (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) {
        return field;
      }
    }
    return null;
  }
}
