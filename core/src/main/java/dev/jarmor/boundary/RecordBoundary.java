package dev.jarmor.boundary;

import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.RecordComponentNode;

/**
 * Records whose wire is open: serialization writes a record by its component names and rebuilds it
 * through the canonical constructor by those names, and {@code toString()} prints them, so the
 * components, their fields and accessors keep their names. Where the wire is closed they are renamed
 * consistently (Record attribute, fields, accessors and the ObjectMethods bootstrap together).
 */
public final class RecordBoundary implements Boundary {

  private final WireScope wire;

  public RecordBoundary(WireScope wire) {
    this.wire = wire;
  }

  @Override
  public String id() {
    return "record";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    OpenClasses open = wire.in(context);
    for (ProgramClass pc : context.program().classes().values()) {
      if (pc.node().recordComponents == null || !open.contains(pc.name())) {
        continue;
      }
      String text = "record component: serialization and toString() use its name (" + open.why(pc.name()) + ")";
      for (RecordComponentNode component : pc.node().recordComponents) {
        decisions.accept(Decision.keep(Target.ofField(pc.name(), component.name, component.descriptor), id(), text));
        for (MethodNode method : pc.node().methods) {
          if (method.name.equals(component.name) && method.desc.equals("()" + component.descriptor)) {
            decisions.accept(Decision.keep(Target.ofMethod(pc.name(), method.name, method.desc), id(), text));
          }
        }
      }
    }
  }
}
