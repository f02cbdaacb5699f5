package dev.jarmor.output;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;

/** Serialises class trees. Frames are written as the tree holds them: passes that change code recompute them. */
public final class ClassBytes {

  private ClassBytes() {}

  public static byte[] of(ClassNode node) {
    ClassWriter writer = new ClassWriter(0);
    node.accept(writer);
    return writer.toByteArray();
  }
}
