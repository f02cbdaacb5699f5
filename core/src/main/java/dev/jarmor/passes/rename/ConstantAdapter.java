package dev.jarmor.passes.rename;

import dev.jarmor.plan.ConstantSite;
import dev.jarmor.plan.Plan;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Writes the planned new spelling into each string {@code ldc} the plan adapts (class names given to
 * Class.forName, descriptors and names in {@code $deserializeLambda$}, member names given to
 * reflection), counting string {@code ldc}s the way the analyzers addressed them.
 */
final class ConstantAdapter extends MethodVisitor {

  private final Plan plan;
  private final String owner;
  private final String method;
  private final String descriptor;
  private int ordinal;

  ConstantAdapter(MethodVisitor next, Plan plan, String owner, String method, String descriptor) {
    super(Opcodes.ASM9, next);
    this.plan = plan;
    this.owner = owner;
    this.method = method;
    this.descriptor = descriptor;
  }

  @Override
  public void visitLdcInsn(Object value) {
    if (value instanceof String text) {
      super.visitLdcInsn(plan.adaptedText(new ConstantSite.InCode(owner, method, descriptor, ordinal++), text));
    } else {
      super.visitLdcInsn(value);
    }
  }
}
