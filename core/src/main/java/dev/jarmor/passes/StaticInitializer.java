package dev.jarmor.passes;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;

/** A class's static initializer, for a pass that puts code first in it: the class's own, or one added for it. */
public final class StaticInitializer {

  private StaticInitializer() {}

  /** The class's {@code <clinit>}; where it has none, an empty one, added to it. */
  public static MethodNode of(ClassNode node) {
    for (MethodNode method : node.methods) {
      if (method.name.equals("<clinit>")) {
        return method;
      }
    }
    MethodNode initializer = new MethodNode(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
    initializer.instructions.add(new InsnNode(Opcodes.RETURN));
    node.methods.add(initializer);
    return initializer;
  }
}
