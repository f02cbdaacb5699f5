package dev.jarmor.passes.flow;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * The bytecode lengths at which HotSpot changes how it compiles a method (the same defaults from JDK 8 to 25, on
 * every 64-bit platform): up to {@value #MAX_INLINE_SIZE} bytes ({@code MaxInlineSize}) a method is inlined into
 * every caller, up to {@value #FREQ_INLINE_SIZE} ({@code FreqInlineSize}) into its hot callers, and over
 * {@value #HUGE_METHOD_LIMIT} ({@code HugeMethodLimit}) it is never compiled at all. Pushing a method across one
 * of these costs far more than the instructions added to it: measured on commons-collections4's PATRICIA trie,
 * 13-byte node predicates grown past 35 bytes made lookups 50% slower. So flow leaves the methods within the first
 * limit alone and keeps every other one within the limits its original met.
 */
final class JitLimits {

  static final int MAX_INLINE_SIZE = 35;
  static final int FREQ_INLINE_SIZE = 325;
  static final int HUGE_METHOD_LIMIT = 8000;

  /**
   * The share of a limit the flow pass may fill: the number pass runs after it and masks the constants its
   * predicates and dispatchers bring, which makes them longer still.
   */
  private static final double ROOM = 0.8;

  private JitLimits() {}

  /** Whether the JIT inlines a method of this length everywhere: flow leaves it as it is. */
  static boolean inlinedEverywhere(int length) {
    return length <= MAX_INLINE_SIZE;
  }

  /**
   * Why a method of {@code before} bytes must not become one of {@code after} bytes, or null when it may: it would
   * cross a limit (with room for the passes after flow) that the original was within.
   */
  static String crossed(int before, int after) {
    for (int limit : new int[] {FREQ_INLINE_SIZE, HUGE_METHOD_LIMIT}) {
      if (before <= limit && after > before && after > limit * ROOM) {
        return "would grow from " + before + " to " + after + " bytes, near or past the JIT's limit of " + limit;
      }
    }
    return null;
  }

  /** The length in bytes of the method's code as the JVM reads it. */
  static int length(MethodNode method) {
    Label end = new Label();
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "L", null, "java/lang/Object", null);
    MethodVisitor code = writer.visitMethod(method.access, method.name, method.desc, null, null);
    method.accept(new MethodVisitor(Opcodes.ASM9, code) {
      @Override
      public void visitMaxs(int maxStack, int maxLocals) {
        super.visitLabel(end);
        super.visitMaxs(maxStack, maxLocals);
      }
    });
    return end.getOffset();
  }
}
