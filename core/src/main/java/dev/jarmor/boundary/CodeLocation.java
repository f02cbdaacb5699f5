package dev.jarmor.boundary;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/** Where in the bytecode a finding was made, as a reason shows it: {@code com.acme.Boot.main:42}. */
public final class CodeLocation {

  private CodeLocation() {}

  public static String of(ClassNode owner, MethodNode method, AbstractInsnNode instruction) {
    String where = owner.name.replace('/', '.') + "." + method.name;
    for (AbstractInsnNode node = instruction; node != null; node = node.getPrevious()) {
      if (node instanceof LineNumberNode line) {
        return where + ":" + line.line;
      }
    }
    return where;
  }
}
