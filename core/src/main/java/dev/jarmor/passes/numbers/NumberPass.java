package dev.jarmor.passes.numbers;

import dev.jarmor.passes.CodePass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.StaticInitializer;
import dev.jarmor.passes.keys.ClassKeys;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.runtime.Keys;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Masks integer and long constants: each {@code bipush}, {@code sipush} and {@code ldc} of an int
 * or a long becomes the masked value combined with the class's key, a {@code private static final
 * int} that the class initializer sets, first thing, from a stored seed and the class's key ({@link ClassKeys})
 * through the runtime's {@link Keys#key}. The key exists only once the class is initialized, so no decompiler
 * folds the expressions back; the JIT, which trusts static finals of an initialized class, folds them to
 * the original constant.
 *
 * <p>Known limits: interfaces are left alone (their fields would be public API); so are the
 * constants {@code -1} to {@code 5}, which have their own one-byte instructions and carry no
 * secrets, and a method whose code would exceed 65535 bytes, which the report names.
 */
public final class NumberPass extends CodePass {

  private static final String KEY_DESCRIPTOR = "(ILjava/lang/Class;)I";

  @Override
  public String name() {
    return "numbers";
  }

  @Override
  protected int transform(ClassNode node, PassContext context) {
    if ((node.access & Opcodes.ACC_INTERFACE) != 0 || node.methods.stream().noneMatch(NumberPass::hasConstants)) {
      return 0;
    }
    SplittableRandom random = context.random(name(), node.name);
    int seed = random.nextInt();
    int key = context.keys().mask(seed, node.name);
    String keyField = freeFieldName(node);
    int sites = 0;
    for (MethodNode method : node.methods) {
      if (!hasConstants(method)) {
        continue; // nothing to mask, so no copy to fall back on
      }
      MethodNode original = copy(method);
      int changed = mask(node.name, keyField, key, method);
      if (changed > 0 && !fits(method)) {
        node.methods.set(node.methods.indexOf(method), original);
        context.log().skipped(name(), node.name, method.name + method.desc, "code would exceed 65535 bytes");
        changed = 0;
      }
      sites += changed;
    }
    if (sites == 0) {
      return 0;
    }
    node.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
        keyField, "I", null, null));
    initializeKey(node, keyField, seed, context.runtime());
    return sites;
  }

  private static boolean hasConstants(MethodNode method) {
    for (AbstractInsnNode insn : method.instructions) {
      if (value(insn) != null) {
        return true;
      }
    }
    return false;
  }

  /** The constant an instruction pushes, when it is one this pass masks. */
  private static Number value(AbstractInsnNode insn) {
    if (insn instanceof IntInsnNode push && insn.getOpcode() != Opcodes.NEWARRAY) {
      return push.operand > 5 || push.operand < -1 ? push.operand : null;
    }
    if (insn instanceof LdcInsnNode ldc && (ldc.cst instanceof Integer || ldc.cst instanceof Long)) {
      return (Number) ldc.cst;
    }
    return null;
  }

  private static int mask(String owner, String keyField, int key, MethodNode method) {
    int sites = 0;
    boolean longs = false;
    for (AbstractInsnNode insn : method.instructions.toArray()) {
      Number value = value(insn);
      if (value == null) {
        continue;
      }
      InsnList code = new InsnList();
      if (value instanceof Integer i) {
        code.add(new LdcInsnNode(i ^ key));
        code.add(new FieldInsnNode(Opcodes.GETSTATIC, owner, keyField, "I"));
        code.add(new InsnNode(Opcodes.IXOR));
      } else {
        code.add(new LdcInsnNode(value.longValue() ^ key));
        code.add(new FieldInsnNode(Opcodes.GETSTATIC, owner, keyField, "I"));
        code.add(new InsnNode(Opcodes.I2L));
        code.add(new InsnNode(Opcodes.LXOR));
        longs = true;
      }
      method.instructions.insert(insn, code);
      method.instructions.remove(insn);
      sites++;
    }
    if (sites > 0) {
      // the key beside the masked value: one slot, or two once widened to a long
      method.maxStack += longs ? 2 : 1;
    }
    return sites;
  }

  private static void initializeKey(ClassNode node, String keyField, int seed, RuntimeLibrary runtime) {
    MethodNode initializer = StaticInitializer.of(node);
    InsnList init = new InsnList();
    init.add(new LdcInsnNode(seed));
    init.add(ClassKeys.self(node));
    init.add(new MethodInsnNode(Opcodes.INVOKESTATIC, runtime.owner(Keys.class),
        runtime.method(Keys.class, "key", KEY_DESCRIPTOR), KEY_DESCRIPTOR, false));
    init.add(new FieldInsnNode(Opcodes.PUTSTATIC, node.name, keyField, "I"));
    initializer.instructions.insert(init);
    initializer.maxStack = Math.max(initializer.maxStack, 2);
  }

  /**
   * A field name the class and its references do not use: a new field shadows any field of that
   * name a reference through this class would otherwise find in a supertype.
   */
  private static String freeFieldName(ClassNode node) {
    Set<String> used = new HashSet<>();
    node.fields.forEach(f -> used.add(f.name));
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof FieldInsnNode field) {
          used.add(field.name);
        }
      }
    }
    for (int i = 0; ; i++) {
      String candidate = "$" + Integer.toString(i, 36);
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
  }
}
