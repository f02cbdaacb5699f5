package dev.jarmor.passes;

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
 * of these costs far more than the instructions added to it: a small accessor no longer inlined, a hot method
 * left to the interpreter. The flow pass, which adds code where nothing requires it, keeps every method on the
 * same side of each limit as its original ({@link MethodLengths}).
 */
public final class JitLimits {

  public static final int MAX_INLINE_SIZE = 35;
  public static final int FREQ_INLINE_SIZE = 325;
  public static final int HUGE_METHOD_LIMIT = 8000;

  private static final int[] LIMITS = {MAX_INLINE_SIZE, FREQ_INLINE_SIZE, HUGE_METHOD_LIMIT};

  private JitLimits() {}

  /**
   * Why {@code rewritten}, a method of {@code original} bytes before, must not be used, or null when it may: it
   * crosses a limit the original was within. {@code room} is the share of a limit the caller may fill, below 1
   * when later passes still make the method longer. A static initializer or a {@code main} method runs once and
   * is never inlined: only the last limit holds for it ({@code main} may run a hot loop the JIT compiles while
   * it runs).
   */
  public static String crossed(MethodNode rewritten, int original, double room) {
    int after = length(rewritten);
    for (int limit : LIMITS) {
      if (limit < HUGE_METHOD_LIMIT && runsOnce(rewritten)) {
        continue;
      }
      if (original <= limit && after > original && after > limit * room) {
        return "would grow from " + original + " to " + after + " bytes, past the JIT's limit of " + limit;
      }
    }
    return null;
  }

  private static boolean runsOnce(MethodNode method) {
    boolean main = method.name.equals("main") && method.desc.equals("([Ljava/lang/String;)V")
        && (method.access & Opcodes.ACC_STATIC) != 0;
    return main || method.name.equals("<clinit>");
  }

  /** The length in bytes of the method's code as the JVM reads it. */
  public static int length(MethodNode method) {
    return length(method, probe());
  }

  /** A class to write methods into only to measure them; one serves any number of methods. */
  static ClassWriter probe() {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "L", null, "java/lang/Object", null);
    return writer;
  }

  static int length(MethodNode method, ClassWriter probe) {
    Label end = new Label();
    MethodVisitor code = probe.visitMethod(method.access, method.name, method.desc, null, null);
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
