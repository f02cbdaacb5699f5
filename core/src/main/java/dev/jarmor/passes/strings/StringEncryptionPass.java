package dev.jarmor.passes.strings;

import dev.jarmor.passes.CodePass;
import dev.jarmor.passes.JitLimits;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.keys.ClassKeys;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.runtime.Cipher;
import dev.jarmor.runtime.Concat;
import dev.jarmor.runtime.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Stores every string constant of program code encrypted, with a key per constant drawn from the build's seed and
 * mixed with the class's name and its key ({@link ClassKeys}). In classes of version 51 (Java 7) and later a
 * constant becomes an invokedynamic that the runtime links, on first use, to the decoded and
 * interned string: {@code ==} between literals holds as before and the JIT sees a constant. Older
 * classes call the runtime's decoder with the class itself, which caches by text. String concatenation recipes (javac 9
 * and later) and their string constants are encrypted too, behind a bootstrap that hands the
 * decoded recipe to the JDK's own factory.
 *
 * <p>{@code static final String} fields lose their ConstantValue attribute and are assigned first
 * thing in the class initializer instead, so their text is encrypted too, except the constants the
 * plan keeps ({@link dev.jarmor.plan.Plan#keepsConstant}: with {@code --library-mode}, the public
 * API's), which code compiled against the program may use in a {@code switch}. Instance fields'
 * ConstantValue attributes, which the JVM ignores, are dropped.
 *
 * <p>Encrypted, a constant is longer (5 bytes in place of 2): where that would push a method across a JIT limit its
 * original was within ({@link JitLimits}), the messages it builds for the exceptions it throws move into methods of
 * their own first ({@link ColdMessages}), and it is encrypted again.
 *
 * <p>Known limits: annotation values, the names in a record's {@code ObjectMethods} bootstrap and
 * the labels of a pattern {@code switch} on strings stay as they are; so does a method whose code
 * would exceed 65535 bytes, which the report names.
 */
public final class StringEncryptionPass extends CodePass {

  private static final String CONSTANT_DESCRIPTOR =
      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;I)"
          + "Ljava/lang/invoke/CallSite;";
  private static final String RECIPE_DESCRIPTOR =
      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;I"
          + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;";
  private static final String DECODED_DESCRIPTOR = "(Ljava/lang/String;ILjava/lang/Class;)Ljava/lang/String;";

  /**
   * The share of a JIT limit the encrypted method may fill before its messages move ({@link ColdMessages}): the
   * references and number passes run after it and make it longer still.
   */
  private static final double ROOM = 0.9;

  @Override
  public String name() {
    return "strings";
  }

  @Override
  public boolean keepsJitLimits() {
    return true;
  }

  @Override
  protected int transform(ClassNode node, PassContext context) {
    return new ClassStrings(node, context, method -> originalLength(node, method)).encrypt();
  }

  /** The work on one class. */
  private static final class ClassStrings {
    private final ClassNode node;
    private final PassContext context;
    private final RuntimeLibrary runtime;
    private final SplittableRandom random;
    private final boolean indy;
    private final ToIntFunction<MethodNode> originalLength;
    private final ColdMessages messages;
    private int sites;

    ClassStrings(ClassNode node, PassContext context, ToIntFunction<MethodNode> originalLength) {
      this.node = node;
      this.context = context;
      this.runtime = context.runtime();
      this.random = context.random("strings", node.name);
      this.indy = (node.version & 0xFFFF) >= Opcodes.V1_7;
      this.originalLength = originalLength;
      this.messages = new ColdMessages(node, context.model().hierarchy());
    }

    int encrypt() {
      List<FieldNode> moved = movedConstants();
      // by index: a method whose messages move adds the methods they move to, whose strings follow
      for (int i = 0; i < node.methods.size(); i++) {
        MethodNode method = node.methods.get(i);
        if (method.name.equals("<clinit>")) {
          continue;
        }
        rewrite(method, List.of());
      }
      MethodNode initializer = node.methods.stream().filter(m -> m.name.equals("<clinit>")).findFirst().orElse(null);
      boolean added = initializer == null && !moved.isEmpty();
      if (added) {
        initializer = new MethodNode(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        initializer.instructions.add(new InsnNode(Opcodes.RETURN));
        node.methods.add(initializer);
      }
      if (initializer != null && !rewrite(initializer, moved)) {
        // the initializer cannot take the assignments: those constants stay where they were
        restore(moved);
        rewrite(initializer, List.of());
      }
      if (added && sites == 0) {
        // nothing moved into the initializer added for it: the class stays as it was
        node.methods.removeIf(method -> method.name.equals("<clinit>"));
      }
      return sites;
    }

    private final List<Object> movedValues = new ArrayList<>();

    /** Static final String fields whose ConstantValue moves into the initializer; instance ones just lose it. */
    private List<FieldNode> movedConstants() {
      List<FieldNode> moved = new ArrayList<>();
      for (FieldNode field : node.fields) {
        if (!(field.value instanceof String text) || text.isEmpty()) {
          continue;
        }
        if ((field.access & Opcodes.ACC_STATIC) == 0) {
          field.value = null;
          sites++;
        } else if ((field.access & Opcodes.ACC_FINAL) != 0 && !keepsConstant(field)) {
          moved.add(field);
          movedValues.add(field.value);
          field.value = null;
        }
      }
      return moved;
    }

    private void restore(List<FieldNode> moved) {
      for (int i = 0; i < moved.size(); i++) {
        moved.get(i).value = movedValues.get(i);
      }
    }

    /** Whether the plan keeps the constant; one it keeps keeps its name, so the field's name is the original's. */
    private boolean keepsConstant(FieldNode field) {
      return context.plan().keepsConstant(context.model().originalNames().className(node.name), field.name,
          field.desc);
    }

    /**
     * Rewrites a method's string constants, after first assigning {@code moved} fields; keeps the
     * method as it was and returns false when the result would be too large.
     */
    private boolean rewrite(MethodNode method, List<FieldNode> moved) {
      if (moved.isEmpty() && !hasStrings(method)) {
        return true; // nothing to rewrite, so no copy to fall back on
      }
      MethodNode original = copy(method);
      int before = sites;
      InsnList prefix = new InsnList();
      for (int i = 0; i < moved.size(); i++) {
        prefix.add(load((String) movedValues.get(i), method));
        prefix.add(new FieldInsnNode(Opcodes.PUTSTATIC, node.name, moved.get(i).name, moved.get(i).desc));
        sites++;
      }
      for (AbstractInsnNode insn : method.instructions.toArray()) {
        if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text && !text.isEmpty()) {
          method.instructions.insert(insn, load(text, method));
          method.instructions.remove(insn);
          sites++;
        } else if (insn instanceof InvokeDynamicInsnNode call && isConcatRecipe(call)) {
          method.instructions.set(insn, recipe(call));
          sites++;
        }
      }
      method.instructions.insert(prefix);
      if (!moved.isEmpty()) {
        method.maxStack = Math.max(method.maxStack, 4);
      }
      if (sites > before && moved.isEmpty() && messages.applies()
          && JitLimits.crossed(method, originalLength.applyAsInt(method), ROOM) != null) {
        // encrypted, the method would cross a JIT limit: its error messages move out, then it is encrypted again
        List<MethodNode> helpers = messages.outline(original);
        if (!helpers.isEmpty()) {
          sites = before;
          node.methods.set(node.methods.indexOf(method), original);
          node.methods.addAll(helpers);
          return rewrite(original, moved);
        }
      }
      if (sites == before || fits(method)) {
        return true;
      }
      sites = before;
      node.methods.set(node.methods.indexOf(method), original);
      context.log().skipped("strings", node.name, method.name + method.desc, "code would exceed 65535 bytes");
      return false;
    }

    /** The method's max stack as the input had it, before any constant here raised it. */
    private int stackBefore(MethodNode method) {
      return baseStack.computeIfAbsent(method, m -> m.maxStack);
    }

    private final java.util.Map<MethodNode, Integer> baseStack = new java.util.IdentityHashMap<>();

    private InsnList load(String text, MethodNode method) {
      int key = random.nextInt();
      String encoded = Cipher.encode(text, context.keys().siteKey(key, node.name));
      InsnList code = new InsnList();
      if (indy) {
        code.add(new InvokeDynamicInsnNode("a", "()Ljava/lang/String;",
            runtime.bootstrap(Strings.class, "constant", CONSTANT_DESCRIPTOR), encoded, key));
      } else {
        code.add(new LdcInsnNode(encoded));
        code.add(new LdcInsnNode(key));
        code.add(ClassKeys.self(node));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, runtime.owner(Strings.class),
            runtime.method(Strings.class, "decoded", DECODED_DESCRIPTOR), DECODED_DESCRIPTOR, false));
        // one constant at a time is ever being decoded: two more slots cover them all
        method.maxStack = Math.max(method.maxStack, stackBefore(method) + 2);
      }
      return code;
    }

    /** Whether the method has a string constant or a concat recipe to rewrite. */
    private static boolean hasStrings(MethodNode method) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text && !text.isEmpty()
            || insn instanceof InvokeDynamicInsnNode call && isConcatRecipe(call)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isConcatRecipe(InvokeDynamicInsnNode call) {
      return call.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")
          && call.bsm.getName().equals("makeConcatWithConstants") && call.bsmArgs.length >= 1
          && call.bsmArgs[0] instanceof String;
    }

    private InvokeDynamicInsnNode recipe(InvokeDynamicInsnNode call) {
      int key = random.nextInt();
      int classKey = context.keys().siteKey(key, node.name);
      Object[] args = new Object[call.bsmArgs.length + 1];
      args[0] = Cipher.encode((String) call.bsmArgs[0], classKey);
      args[1] = key;
      for (int i = 1; i < call.bsmArgs.length; i++) {
        Object constant = call.bsmArgs[i];
        args[i + 1] = constant instanceof String text ? Cipher.encode(text, classKey + i) : constant;
      }
      Handle bootstrap = runtime.bootstrap(Concat.class, "recipe", RECIPE_DESCRIPTOR);
      return new InvokeDynamicInsnNode(call.name, call.desc, bootstrap, args);
    }
  }
}
