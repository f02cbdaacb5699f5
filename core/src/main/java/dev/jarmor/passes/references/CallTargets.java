package dev.jarmor.passes.references;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.passes.PassContext;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The method and field declarations that calls and field accesses in the output resolve to, through the output's
 * {@link Hierarchy} (the {@link dev.jarmor.passes.OutputModel}'s, by output names, as renaming left the classes: a
 * member a pass added is no target). Resolution follows JVMS 5.4.3.3 for class and 5.4.3.4 for interface method
 * references, 5.4.3.2 for fields.
 */
final class CallTargets {

  /**
   * A resolved call.
   *
   * @param owner the output internal name of the class declaring the method
   * @param access the method's access flags
   * @param program whether that class is the program's
   * @param callSensitive whether the JDK marks the method as caller-sensitive or signature-polymorphic
   */
  record Target(String owner, int access, boolean program, boolean callSensitive) {

    boolean is(int flag) {
      return (access & flag) != 0;
    }
  }

  private final Hierarchy hierarchy;

  CallTargets(PassContext context) {
    this.hierarchy = context.model().hierarchy();
  }

  /** The class of an output name; null if neither the program nor its libraries have it. */
  ClassInfo find(String outputName) {
    return hierarchy.find(outputName);
  }

  /** Whether every supertype of the class can be read, so that what a call through it resolves to is known. */
  boolean isComplete(ClassInfo owner) {
    return hierarchy.isComplete(owner.name());
  }

  /** The declaration {@code call}, whose owner is {@code owner}, resolves to; null if there is none. */
  Target resolve(ClassInfo owner, MethodInsnNode call) {
    String key = call.name + call.desc;
    MemberInfo declared = owner.methodsByKey().get(key);
    if (declared != null) {
      return target(owner, declared);
    }
    // superclasses first, then superinterfaces: the order of ancestors()
    for (ClassInfo ancestor : hierarchy.ancestors(owner.name())) {
      MemberInfo method = ancestor.methodsByKey().get(key);
      if (method != null && inherited(call.itf, ancestor, method)) {
        return target(ancestor, method);
      }
    }
    return null;
  }

  /**
   * The declaration a field access resolves to: the owner's own, else the nearest superclass's; null if there is
   * none, or if a superinterface declares the field too (resolution would prefer it, and such fields are constants).
   */
  Target resolve(ClassInfo owner, FieldInsnNode field) {
    MemberInfo declared = owner.field(field.name, field.desc);
    if (declared != null) {
      return target(owner, declared);
    }
    Target nearest = null;
    for (ClassInfo ancestor : hierarchy.ancestors(owner.name())) {
      MemberInfo inherited = ancestor.field(field.name, field.desc);
      if (inherited != null && ancestor.isInterface()) {
        return null;
      }
      if (inherited != null && nearest == null) {
        nearest = target(ancestor, inherited);
      }
    }
    return nearest;
  }

  /**
   * Whether resolution takes a supertype's method: a superinterface's unless private or static;
   * for an interface reference, java.lang.Object's public instance methods only.
   */
  private static boolean inherited(boolean interfaceReference, ClassInfo declaring, MemberInfo method) {
    if (declaring.isInterface()) {
      return !method.is(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC);
    }
    return !interfaceReference || method.is(Opcodes.ACC_PUBLIC) && !method.is(Opcodes.ACC_STATIC);
  }

  private static Target target(ClassInfo declaring, MemberInfo method) {
    return new Target(declaring.name(), method.access(), declaring.isProgram(), method.isCallSensitive());
  }
}
