package dev.jarmor.passes.encrypt;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.passes.references.ReferenceHidingPass;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which methods of a class may leave it for a hidden nestmate: there, the code reaches the class's private members
 * and its package as before, but it is not the class, nor a subclass of the class's superclass. So a method stays
 * when it is a constructor or static initializer, abstract or native; when it calls a superclass's or an
 * interface's method with invokespecial ({@code super.m()}), or through the runtime's bootstrap as level 4 hides
 * such calls (the bootstrap's lookup would be the hidden class's); when it touches a protected member of another
 * package's class (reached only from subclasses); when it asks {@code MethodHandles.lookup()} (the hidden class's,
 * not the class's); when it makes a serializable lambda or is {@code $deserializeLambda$} (a serialized lambda
 * names the class that made it); when an invokedynamic of it has a bootstrap other than the lambda, string
 * concatenation and jarmor runtime ones (a bootstrap may insist on the class itself, as records'
 * {@code ObjectMethods} does); and when it holds a subroutine (jsr, only in class files before Java 7).
 */
final class MovePolicy {

  private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory.metafactory",
      "java/lang/invoke/LambdaMetafactory.altMetafactory", "java/lang/invoke/StringConcatFactory.makeConcat",
      "java/lang/invoke/StringConcatFactory.makeConcatWithConstants", "java/lang/runtime/ObjectMethods.bootstrap");
  /** {@code LambdaMetafactory.FLAG_SERIALIZABLE}. */
  private static final int SERIALIZABLE_LAMBDA = 1;

  private final ClassNode host;
  private final Hierarchy hierarchy;
  private final String runtimePackage;

  /** @param runtimePackage the package of jarmor's runtime in the output, whose bootstraps the code may call */
  MovePolicy(ClassNode host, Hierarchy hierarchy, String runtimePackage) {
    this.host = host;
    this.hierarchy = hierarchy;
    this.runtimePackage = runtimePackage;
  }

  /** Why a method with code ({@link #hasCode}) stays in its class, or null if its body may move. */
  String whyStays(MethodNode method) {
    if (method.name.startsWith("<")) {
      return method.name.equals("<init>") ? "a constructor" : "the static initializer";
    }
    if (method.name.equals("$deserializeLambda$")) {
      return "$deserializeLambda$: a serialized lambda is read back through its class";
    }
    for (AbstractInsnNode insn : method.instructions) {
      String why = whyStays(insn);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  /** Whether the method has code to move. */
  static boolean hasCode(MethodNode method) {
    return (method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0 && method.instructions.size() > 0;
  }

  private String whyStays(AbstractInsnNode insn) {
    int opcode = insn.getOpcode();
    if (opcode == Opcodes.JSR || opcode == Opcodes.RET) {
      return "a subroutine (jsr)";
    }
    if (insn instanceof MethodInsnNode call) {
      if (opcode == Opcodes.INVOKESPECIAL && !call.name.equals("<init>")
          && !callsOwnPrivate(call.owner, call.name, call.desc)) {
        return "calls " + call.owner + "." + call.name + " with invokespecial (super)";
      }
      if (call.owner.equals("java/lang/invoke/MethodHandles") && call.name.equals("lookup")) {
        return "asks MethodHandles.lookup(), which would be the hidden class's";
      }
      MemberRef target = hierarchy.resolveMethod(call.owner, call.name, call.desc);
      return protectedElsewhere(target, true);
    }
    if (insn instanceof FieldInsnNode field) {
      return protectedElsewhere(hierarchy.resolveField(field.owner, field.name, field.desc), false);
    }
    if (insn instanceof InvokeDynamicInsnNode indy) {
      Handle bootstrap = indy.bsm;
      String key = bootstrap.getOwner() + "." + bootstrap.getName();
      if (bootstrap.getName().equals("altMetafactory") && indy.bsmArgs.length > 3
          && indy.bsmArgs[3] instanceof Integer flags && (flags & SERIALIZABLE_LAMBDA) != 0) {
        return "makes a serializable lambda, which names the class that made it";
      }
      if (!BOOTSTRAPS.contains(key) && !bootstrap.getOwner().startsWith(runtimePackage + "/")) {
        return "an invokedynamic bootstrapped by " + key + ", which may insist on the class itself";
      }
      if (ReferenceHidingPass.hidesSuperCall(indy)) {
        return "makes a super call, hidden, which only the class's own lookup may make";
      }
    }
    if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Handle handle) {
      MemberRef target = handle.getTag() <= Opcodes.H_PUTSTATIC
          ? hierarchy.resolveField(handle.getOwner(), handle.getName(), handle.getDesc())
          : hierarchy.resolveMethod(handle.getOwner(), handle.getName(), handle.getDesc());
      return protectedElsewhere(target, handle.getTag() > Opcodes.H_PUTSTATIC);
    }
    return null;
  }

  /**
   * Whether an invokespecial (instruction or method handle) calls a private method of the class itself, which the
   * moved body calls virtually instead.
   */
  boolean callsOwnPrivate(String owner, String name, String descriptor) {
    return owner.equals(host.name) && !name.equals("<init>") && host.methods.stream().anyMatch(m -> m.name.equals(name)
        && m.desc.equals(descriptor) && (m.access & Opcodes.ACC_PRIVATE) != 0);
  }

  /** Why a protected member of another package's class keeps the method in its class, or null. */
  private String protectedElsewhere(MemberRef target, boolean method) {
    if (target == null || ClassInfo.packageOf(target.owner()).equals(ClassInfo.packageOf(host.name))) {
      return null;
    }
    ClassInfo owner = hierarchy.find(target.owner());
    MemberInfo member = owner == null ? null
        : method ? owner.method(target.name(), target.descriptor()) : owner.field(target.name(), target.descriptor());
    if (member == null || (member.access() & Opcodes.ACC_PROTECTED) == 0) {
      return null;
    }
    return "uses " + target.owner() + "." + target.name() + ", protected in another package";
  }
}
