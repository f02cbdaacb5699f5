package dev.jarmor.passes;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A {@link ClassWriter} that computes frames with the output's {@link Hierarchy} answering type questions, so
 * no user class is ever loaded; and the means to give one rewritten method its frames and max stack and locals
 * back in tree form ({@link #recompute}). Classes older than Java 6 (major 50) have no frames: their methods get
 * max stack and locals only. A method whose frames merge a type with a supertype missing from the classpath
 * cannot get them right, so it is left as it was.
 */
public final class HierarchyClassWriter extends ClassWriter {

  private final Hierarchy hierarchy;

  public HierarchyClassWriter(int flags, Hierarchy hierarchy) {
    super(flags);
    this.hierarchy = hierarchy;
  }

  /**
   * The method as the JVM will read it: written alone into a class with {@code owner}'s header, with frames
   * (or maxs only, before Java 6) computed, and read back.
   *
   * @throws org.objectweb.asm.MethodTooLargeException when its code exceeds 65535 bytes
   */
  public static MethodNode recompute(ClassNode owner, MethodNode method, Hierarchy hierarchy) {
    boolean frames = (owner.version & 0xFFFF) >= Opcodes.V1_6;
    ClassWriter writer = new HierarchyClassWriter(frames ? COMPUTE_FRAMES : COMPUTE_MAXS, hierarchy);
    writer.visit(owner.version, owner.access, owner.name, null, owner.superName,
        owner.interfaces.toArray(new String[0]));
    method.accept(writer);
    writer.visitEnd();
    ClassNode back = new ClassNode();
    new ClassReader(writer.toByteArray()).accept(back, 0);
    return back.methods.get(0);
  }

  @Override
  protected String getCommonSuperClass(String type1, String type2) {
    if (type1.equals(type2)) {
      return type1;
    }
    if (type1.startsWith("[") || type2.startsWith("[")) {
      return "java/lang/Object";
    }
    ClassInfo first = hierarchy.find(type1);
    ClassInfo second = hierarchy.find(type2);
    if (!hierarchy.isComplete(type1) || !hierarchy.isComplete(type2)) {
      // a supertype that cannot be read may be the common one
      Set<String> missing = new TreeSet<>(hierarchy.missingSupertypes(type1));
      missing.addAll(hierarchy.missingSupertypes(type2));
      throw new MissingSupertypes("its frames need " + String.join(", ", missing).replace('/', '.')
          + ", missing from the classpath");
    }
    if (hierarchy.isSubtype(type2, type1)) {
      return type1;
    }
    if (hierarchy.isSubtype(type1, type2)) {
      return type2;
    }
    if (first.isInterface() || second.isInterface()) {
      return "java/lang/Object";
    }
    String common = first.superName();
    while (common != null && !hierarchy.isSubtype(type2, common)) {
      common = hierarchy.find(common).superName();
    }
    return common == null ? "java/lang/Object" : common;
  }

  /** Frames that a supertype missing from the classpath decides: the code that needs them is left as it was. */
  public static final class MissingSupertypes extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingSupertypes(String why) {
      super(why, null, false, false);
    }
  }
}
