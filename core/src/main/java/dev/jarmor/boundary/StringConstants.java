package dev.jarmor.boundary;

import dev.jarmor.plan.ConstantSite;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The string constants of a class with the {@link ConstantSite} each is addressed by, counted the
 * way the rename pass counts them, so that every analyzer names a constant the same way.
 */
final class StringConstants {

  /** One string constant; {@code method} and {@code instruction} are null for a field's ConstantValue. */
  interface Visitor {
    void visit(ConstantSite site, String text, MethodNode method, AbstractInsnNode instruction);
  }

  private StringConstants() {}

  static void forEach(ClassNode node, Visitor visitor) {
    for (FieldNode field : node.fields) {
      if (field.value instanceof String text) {
        visitor.visit(new ConstantSite.FieldValue(node.name, field.name, field.desc), text, null, null);
      }
    }
    for (MethodNode method : node.methods) {
      forEach(node, method, visitor);
    }
  }

  static void forEach(ClassNode node, MethodNode method, Visitor visitor) {
    int ordinal = 0;
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text) {
        visitor.visit(new ConstantSite.InCode(node.name, method.name, method.desc, ordinal++), text, method, insn);
      }
    }
  }
}
