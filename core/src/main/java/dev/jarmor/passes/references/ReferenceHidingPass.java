package dev.jarmor.passes.references;

import dev.jarmor.passes.CodePass;
import dev.jarmor.passes.JitLimits;
import dev.jarmor.passes.JumpTargets;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.keys.ClassKeys;
import dev.jarmor.runtime.Calls;
import dev.jarmor.runtime.Cipher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Hides which methods a program calls and which fields it reads and writes: each call to a program method, or to a
 * method of a few common JDK classes (at level 4, of any JDK class, and super calls), and each access to a
 * program's field (or the standard streams), becomes an invokedynamic with the same stack effect (a static call
 * keeps its descriptor, an instance call takes its receiver, typed as the call's owner, first, a super call typed
 * as the caller; a field read returns the field's type, a write takes it, after the receiver of
 * an instance field) whose bootstrap, {@link Calls#target} in the jarmor runtime, holds the owner and member name
 * encrypted under a key per call site mixed with the calling class's name and key ({@link ClassKeys}). On first use
 * the bootstrap resolves the member with the caller's own lookup and links the call site for good to
 * its direct method handle: after that the call or access costs what it did, on Java 8 and every later JDK,
 * with no {@code --add-opens}. {@link CallPolicy} says which calls and accesses qualify. In a constructor, the field
 * accesses before its {@code super(...)} or {@code this(...)} call stay: they reach an object not yet initialized,
 * which no method handle may take. A method's field accesses stay, too, where hiding them would push it across one of
 * the JIT's limits ({@link JitLimits}) its original was within (a small accessor stays inlined everywhere), and in a
 * method with a loop, where they cost most, except at level 4 ({@link PassContext#fullStrength}).
 *
 * <p>Known limits: classes older than Java 7 (version 51) have no invokedynamic and keep their
 * calls; so do invokespecial calls (constructors, Java 8's private calls, and below level 4 super calls), calls to
 * library classes and, below level 4, to JDK classes other than {@link CallPolicy#JDK_CLASSES}, and the other calls
 * {@link CallPolicy} names. A method whose code would exceed 65535 bytes after the rewrite, or
 * whose calls the class's constant pool cannot take, keeps its calls, and the report names it.
 * A call whose target is missing at run time throws the {@code LinkageError} the call would
 * have thrown, though its message may differ; a call on a null receiver throws a
 * NullPointerException without the detail message that JDK 14 and later compute from the caller's
 * bytecode (JDK 8 to 13 never give one). Each call site's type is the call's descriptor,
 * so parameter and return types stay readable.
 */
public final class ReferenceHidingPass extends CodePass {

  private static final String BOOTSTRAP_DESCRIPTOR =
      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;II)"
          + "Ljava/lang/invoke/CallSite;";
  /** Constant-pool entries one call site may add: encrypted target and its string, key, call site, its type. */
  private static final int ENTRIES_PER_SITE = 6;
  /** Entries the bootstrap handle, the call sites' name and the kinds add once per class. */
  private static final int ENTRIES_PER_CLASS = 16;

  @Override
  public String name() {
    return "references";
  }

  @Override
  protected int transform(ClassNode node, PassContext context) {
    if ((node.version & 0xFFFF) < Opcodes.V1_7) {
      return 0;
    }
    CallPolicy policy = new CallPolicy(node, new CallTargets(context));
    SplittableRandom random = context.random(name(), node.name);
    ClassKeys keys = context.keys();
    int room = -1;
    int sites = 0;
    for (MethodNode method : node.methods) {
      boolean full = method.instructions.size() > 0 && context.fullStrength(name(), node, method);
      List<AbstractInsnNode> calls = hideable(method, policy, full);
      if (calls.isEmpty()) {
        continue;
      }
      if (room < 0) {
        room = constantPoolRoom(node);
      }
      if (calls.size() > room) {
        context.log().skipped(name(), node.name, method.name + method.desc, "constant pool would exceed 65535 entries");
        continue;
      }
      Handle bootstrap = context.runtime().bootstrap(Calls.class, "target", BOOTSTRAP_DESCRIPTOR);
      MethodNode original = copy(method);
      int length = originalLength(node, method);
      List<FieldInsnNode> fields = new ArrayList<>();
      for (AbstractInsnNode call : calls) {
        int key = random.nextInt();
        if (call instanceof MethodInsnNode invoke) {
          method.instructions.set(call, hidden(invoke, node.name, keys.siteKey(key, node.name), key, bootstrap));
        } else {
          fields.add((FieldInsnNode) call);
          method.instructions.set(call, hidden((FieldInsnNode) call, keys.siteKey(key, node.name), key, bootstrap));
        }
      }
      MethodNode current = method;
      String crossed = fields.isEmpty() || full ? null : JitLimits.crossed(method, length, 1);
      if (crossed != null) {
        // field accesses are hidden within the JIT's limits only: undone, the method keeps its hidden calls
        current = copy(original);
        hideCalls(current, policy, full, node.name, keys,
            context.random(name(), node.name + "." + method.name + method.desc), bootstrap);
        node.methods.set(node.methods.indexOf(method), current);
        context.log().skipped(name(), node.name, method.name + method.desc, "field accesses stay: " + crossed);
      }
      int hidden = calls.size() - (crossed == null ? 0 : fields.size());
      if (fits(current)) {
        room -= hidden;
        sites += hidden;
      } else {
        node.methods.set(node.methods.indexOf(current), original);
        context.log().skipped(name(), node.name, method.name + method.desc, "code would exceed 65535 bytes");
      }
    }
    return sites;
  }

  @Override
  public boolean keepsJitLimits() {
    return true;
  }

  /** Hides a method's calls alone, with keys of its own. */
  private static void hideCalls(MethodNode method, CallPolicy policy, boolean full, String className, ClassKeys keys,
      SplittableRandom random, Handle bootstrap) {
    for (AbstractInsnNode insn : method.instructions.toArray()) {
      if (insn instanceof MethodInsnNode call && policy.hides(call, full)) {
        int key = random.nextInt();
        method.instructions.set(call, hidden(call, className, keys.siteKey(key, className), key, bootstrap));
      }
    }
  }

  /** The calls and field accesses to hide; at full strength, those in a method with a loop too. */
  private static List<AbstractInsnNode> hideable(MethodNode method, CallPolicy policy, boolean full) {
    List<AbstractInsnNode> calls = new ArrayList<>();
    // a constructor's object is uninitialized until its first constructor call, which comes before any other
    boolean initialized = !method.name.equals("<init>");
    boolean loops = !full && loops(method);
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof MethodInsnNode call && policy.hides(call, full)
          || insn instanceof FieldInsnNode field && initialized && !loops && policy.hides(field)) {
        calls.add(insn);
      }
      initialized |= insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
          && call.name.equals("<init>");
    }
    return calls;
  }

  /** The call, in {@code caller}'s code, hidden under {@code siteKey}, the key of the site that stores {@code key}. */
  private static InvokeDynamicInsnNode hidden(MethodInsnNode call, String caller, int siteKey, int key,
      Handle bootstrap) {
    int kind = switch (call.getOpcode()) {
      case Opcodes.INVOKESTATIC -> Calls.STATIC;
      case Opcodes.INVOKESPECIAL -> Calls.SPECIAL;
      default -> Calls.VIRTUAL;
    };
    // a super call's receiver is the caller itself, as the handle findSpecial gives takes it
    String receiver = kind == Calls.SPECIAL ? caller : call.owner;
    String type = kind == Calls.STATIC ? call.desc : "(L" + receiver + ";" + call.desc.substring(1);
    String target = Cipher.encode(call.owner.replace('/', '.') + "." + call.name, siteKey);
    return new InvokeDynamicInsnNode("c", type, bootstrap, target, key, kind);
  }

  /**
   * A field access in {@code className}'s code hidden as this pass hides one, under the site key of {@code key}:
   * the flow pass's reads and writes of the runtime's opaque value at level 4, which this pass, running before it,
   * never sees. Sites with one key share their constants, so a class pays for each key once.
   */
  public static InvokeDynamicInsnNode hiddenAccess(FieldInsnNode field, String className, int key,
      PassContext context) {
    Handle bootstrap = context.runtime().bootstrap(Calls.class, "target", BOOTSTRAP_DESCRIPTOR);
    return hidden(field, context.keys().siteKey(key, className), key, bootstrap);
  }

  /** Whether an invokedynamic is a super call this pass hid, which only its class's own lookup may make. */
  public static boolean hidesSuperCall(InvokeDynamicInsnNode indy) {
    return indy.bsm.getDesc().equals(BOOTSTRAP_DESCRIPTOR) && indy.bsmArgs.length == 3
        && Integer.valueOf(Calls.SPECIAL).equals(indy.bsmArgs[2]);
  }

  /**
   * Whether the method has a loop (a jump back): its field accesses stay, since a hidden one costs a hot loop
   * measurably (commons-collections4's longest common subsequence ran 28% slower with them hidden), where a call,
   * which does more per instruction, does not.
   */
  private static boolean loops(MethodNode method) {
    Set<LabelNode> seen = new HashSet<>();
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof LabelNode label) {
        seen.add(label);
      } else if (JumpTargets.of(insn).stream().anyMatch(seen::contains)) {
        return true;
      }
    }
    return false;
  }

  private static InvokeDynamicInsnNode hidden(FieldInsnNode field, int siteKey, int key, Handle bootstrap) {
    String owner = "L" + field.owner + ";";
    String type;
    int kind;
    switch (field.getOpcode()) {
      case Opcodes.GETSTATIC -> {
        type = "()" + field.desc;
        kind = Calls.GET_STATIC;
      }
      case Opcodes.PUTSTATIC -> {
        type = "(" + field.desc + ")V";
        kind = Calls.PUT_STATIC;
      }
      case Opcodes.GETFIELD -> {
        type = "(" + owner + ")" + field.desc;
        kind = Calls.GET_FIELD;
      }
      default -> {
        type = "(" + owner + field.desc + ")V";
        kind = Calls.PUT_FIELD;
      }
    }
    String target = Cipher.encode(field.owner.replace('/', '.') + "." + field.name, siteKey);
    return new InvokeDynamicInsnNode("c", type, bootstrap, target, key, kind);
  }

  /** How many call sites the class's constant pool still takes, at most. */
  private static int constantPoolRoom(ClassNode node) {
    ClassWriter writer = new ClassWriter(0);
    node.accept(writer);
    int entries = new ClassReader(writer.toByteArray()).getItemCount();
    return Math.max(0, (0xFFFF - entries - ENTRIES_PER_CLASS) / ENTRIES_PER_SITE);
  }
}
