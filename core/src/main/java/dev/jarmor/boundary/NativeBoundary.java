package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;

/**
 * Native methods: the JVM links them to C symbols built from the class and method names
 * ({@code Java_com_acme_Foo_bar}), so both must stay.
 */
public final class NativeBoundary implements Boundary {

  @Override
  public String id() {
    return "native";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    for (ClassInfo cls : context.hierarchy().programClasses()) {
      for (MemberInfo method : cls.methods()) {
        if (method.is(Opcodes.ACC_NATIVE)) {
          String symbol = "native method " + method.name() + ": its C symbol spells the class and method name";
          decisions.accept(Decision.keep(Target.ofClass(cls.name()), id(), symbol));
          decisions.accept(Decision.keep(Target.ofMethod(cls.name(), method.name(), method.descriptor()), id(), symbol));
        }
      }
    }
  }
}
