package dev.jarmor.passes.keys;

import dev.jarmor.input.Program;
import dev.jarmor.passes.Pass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.StaticInitializer;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.runtime.Keys;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Makes each class whose constants are encrypted under its key ({@link ClassKeys#registering}) register that key
 * with the runtime ({@link Keys#register}) first thing in its static initializer, added where it has none. It runs
 * after the code passes, so nothing they insert at the start of an initializer, and nothing of flow's, comes before
 * it: no code of the class runs before its key exists. In a build whose code the licence unlocks, the key's
 * licence part comes from the licence's check, which the initializer calls, so a class's constants decode only
 * where the licence holds.
 */
public final class ClassKeyPass implements Pass {

  private static final String REGISTER_DESCRIPTOR = "(ILjava/lang/Class;[B)V";

  @Override
  public String name() {
    return "keys";
  }

  @Override
  public Program apply(Program program, PassContext context) {
    ClassKeys keys = context.keys();
    Set<String> registering = keys.registering();
    if (registering.isEmpty()) {
      return program;
    }
    Handle keyCheck = context.decryptionChecks().keyCheck(context.plan());
    return program.mapClasses(pc -> {
      if (!registering.contains(pc.name())) {
        return pc;
      }
      ClassNode node = PassContext.writable(pc);
      register(node, keys, keys.takesHeldPart(node.name) ? keyCheck : null, context.runtime());
      return pc.with(node);
    });
  }

  private static void register(ClassNode node, ClassKeys keys, Handle keyCheck, RuntimeLibrary runtime) {
    MethodNode initializer = StaticInitializer.of(node);
    InsnList code = new InsnList();
    code.add(new LdcInsnNode(keys.seedOf(node.name)));
    code.add(ClassKeys.self(node));
    if (keyCheck == null) {
      code.add(new InsnNode(Opcodes.ACONST_NULL));
    } else {
      code.add(ClassKeys.self(node));
      code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, keyCheck.getOwner(), keyCheck.getName(), keyCheck.getDesc(),
          false));
    }
    code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, runtime.owner(Keys.class),
        runtime.method(Keys.class, "register", REGISTER_DESCRIPTOR), REGISTER_DESCRIPTOR, false));
    initializer.instructions.insert(code);
    initializer.maxStack = Math.max(initializer.maxStack, 3);
  }
}
