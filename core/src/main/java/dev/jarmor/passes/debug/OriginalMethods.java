package dev.jarmor.passes.debug;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.passes.PassContext;
import dev.jarmor.plan.Plan;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.tree.MethodNode;

/**
 * The input's methods of one output class, found by the names and descriptors they have in the output:
 * what a pass that runs after renaming reads to record or decide something about a method by its original
 * name. A method a pass added has no original.
 */
final class OriginalMethods {

  private final String owner;
  private final Map<String, MemberInfo> byOutputSignature = new HashMap<>();

  OriginalMethods(String outputName, PassContext context) {
    Plan plan = context.plan();
    owner = context.scope().originalName(outputName);
    ClassInfo cls = plan.hierarchy().find(owner);
    if (cls != null) {
      for (MemberInfo method : cls.methods()) {
        byOutputSignature.put(plan.methodName(cls.name(), method.name(), method.descriptor())
            + plan.descriptor(method.descriptor()), method);
      }
    }
  }

  /** The original internal name of the class. */
  String owner() {
    return owner;
  }

  /** The original of an output method, or null for a method a pass added. */
  MemberInfo of(MethodNode method) {
    return byOutputSignature.get(method.name + method.desc);
  }
}
