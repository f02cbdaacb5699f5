package dev.jarmor.kotlin;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;

/** Keeps of a program class's own fields and methods, constructors and initializers aside (never renamed). */
final class Members {

  private Members() {}

  static void keep(Hierarchy hierarchy, String owner, String source, String why, Consumer<Decision> decisions) {
    ClassInfo info = hierarchy.find(owner);
    if (info == null || !info.isProgram()) {
      return;
    }
    for (MemberInfo field : info.fields()) {
      decisions.accept(Decision.keep(Target.ofField(owner, field.name(), field.descriptor()), source, why));
    }
    for (MemberInfo method : info.methods()) {
      if (!method.name().startsWith("<")) {
        decisions.accept(Decision.keep(Target.ofMethod(owner, method.name(), method.descriptor()), source, why));
      }
    }
  }
}
