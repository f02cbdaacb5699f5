package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;

/**
 * Enums: the JDK finds an enum's constants by calling its {@code values()} reflectively
 * (Enum.valueOf, EnumSet, EnumMap, switch maps), and code, configuration and annotations find a
 * constant by its name, so {@code values()}, {@code valueOf(String)} and the constant fields stay.
 */
public final class EnumBoundary implements Boundary {

  @Override
  public String id() {
    return "enum";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    for (ClassInfo cls : context.hierarchy().programClasses()) {
      if (!cls.is(Opcodes.ACC_ENUM) || !"java/lang/Enum".equals(cls.superName())) {
        continue;
      }
      String values = "()[L" + cls.name() + ";";
      if (cls.method("values", values) != null) {
        decisions.accept(Decision.keep(Target.ofMethod(cls.name(), "values", values), id(),
            "enum values(): the JDK calls it reflectively to find the constants"));
      }
      String valueOf = "(Ljava/lang/String;)L" + cls.name() + ";";
      if (cls.method("valueOf", valueOf) != null) {
        decisions.accept(Decision.keep(Target.ofMethod(cls.name(), "valueOf", valueOf), id(),
            "enum valueOf(String): part of every enum's contract"));
      }
      for (MemberInfo field : cls.fields()) {
        if (field.is(Opcodes.ACC_ENUM)) {
          decisions.accept(Decision.keep(Target.ofField(cls.name(), field.name(), field.descriptor()), id(),
              "enum constant: valueOf, name() and annotations find it by name"));
        }
      }
    }
  }
}
