package dev.jarmor.passes.rename;

import dev.jarmor.plan.Plan;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adapts the strings javac's {@code $deserializeLambda$} compares with a SerializedLambda's names:
 * class names (functional interface, implementation class) and method descriptors follow renamed
 * classes, because the SerializedLambda a protected program produces carries the new names. The
 * method names it switches on are kept by the plan (LambdaBoundary), not adapted.
 */
final class DeserializeLambdaStrings extends MethodVisitor {

  static final String METHOD = "$deserializeLambda$";

  private final Plan plan;
  private final PlanRemapper remapper;

  DeserializeLambdaStrings(MethodVisitor next, Plan plan, PlanRemapper remapper) {
    super(Opcodes.ASM9, next);
    this.plan = plan;
    this.remapper = remapper;
  }

  @Override
  public void visitLdcInsn(Object value) {
    super.visitLdcInsn(value instanceof String text ? adapt(text) : value);
  }

  private String adapt(String text) {
    if (text.startsWith("(") && text.indexOf(')') > 0) {
      try {
        return remapper.mapMethodDesc(text);
      } catch (RuntimeException notADescriptor) {
        return text;
      }
    }
    return plan.hierarchy().isProgramClass(text) ? plan.className(text) : text;
  }
}
