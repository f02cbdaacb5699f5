package dev.jarmor.kotlin;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.AnnotationNode;

/**
 * The {@code @DebugMetadata} of a suspend function's continuation class: the class ({@code c}) and method
 * ({@code m}) of the suspend function, and the continuation's fields holding spilled variables ({@code s}), by
 * name. {@code BaseContinuationImpl.getStackTraceElement} builds a frame from them (kotlinx-coroutines' stack trace
 * recovery shows it), and the coroutines debug agent reads the fields: all three follow the plan, so that such a
 * frame retraces like any other. The source file, lines and variable names it records are left as they are.
 */
final class DebugMetadata {

  static final String DESCRIPTOR = "Lkotlin/coroutines/jvm/internal/DebugMetadata;";

  private DebugMetadata() {}

  /** Rewrites the annotation's values in place, {@code owner} being the continuation class (input name). */
  static void rename(AnnotationNode annotation, String owner, Plan plan) {
    if (annotation.values == null) {
      return;
    }
    String cls = null;
    for (int i = 0; i + 1 < annotation.values.size(); i += 2) {
      if ("c".equals(annotation.values.get(i)) && annotation.values.get(i + 1) instanceof String name) {
        cls = name.replace('.', '/');
        annotation.values.set(i + 1, plan.className(cls).replace('/', '.'));
      }
    }
    for (int i = 0; i + 1 < annotation.values.size(); i += 2) {
      Object name = annotation.values.get(i);
      Object value = annotation.values.get(i + 1);
      if ("m".equals(name) && value instanceof String method && cls != null) {
        annotation.values.set(i + 1, methodName(plan, cls, method));
      } else if ("s".equals(name) && value instanceof List<?> fields) {
        List<Object> renamed = new ArrayList<>();
        for (Object field : fields) {
          renamed.add(field instanceof String f ? fieldName(plan, owner, f) : field);
        }
        annotation.values.set(i + 1, renamed);
      }
    }
  }

  /** The new name of the method, if every method of that name in the class gets the same one. */
  private static String methodName(Plan plan, String owner, String name) {
    ClassInfo info = plan.hierarchy().find(owner);
    String renamed = null;
    for (MemberInfo method : info == null ? List.<MemberInfo>of() : info.methods()) {
      if (method.name().equals(name)) {
        String candidate = plan.methodName(owner, name, method.descriptor());
        if (renamed != null && !renamed.equals(candidate)) {
          return name;
        }
        renamed = candidate;
      }
    }
    return renamed == null ? name : renamed;
  }

  private static String fieldName(Plan plan, String owner, String name) {
    ClassInfo info = plan.hierarchy().find(owner);
    for (MemberInfo field : info == null ? List.<MemberInfo>of() : info.fields()) {
      if (field.name().equals(name)) {
        return plan.fieldName(owner, name, field.descriptor());
      }
    }
    return name;
  }
}
