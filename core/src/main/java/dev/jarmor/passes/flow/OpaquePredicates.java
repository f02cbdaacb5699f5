package dev.jarmor.passes.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Opaque predicates on the runtime's {@code Keys.OPAQUE}, a value set when the program starts: integer identities
 * that hold for every {@code int} (two's complement arithmetic is modulo 2<sup>32</sup>, so only facts modulo
 * powers of two are used), so the branch always goes the same way, yet no reader of the class file can fold it.
 * The forms: {@code x*(x+k)} is even for odd {@code k}; {@code x*x mod 4} is 0 or 1; {@code x*x+k} is never 0
 * for {@code k mod 4} in {1, 2}; an odd square is 1 mod 8. Also the junk the never-taken side runs: a write to
 * {@code OPAQUE} (harmless, every form holds for any value) ending in a throw or a return of a default value.
 */
final class OpaquePredicates {

  private static final String[] THROWABLES = {"java/lang/IllegalStateException", "java/lang/IllegalArgumentException",
      "java/lang/UnsupportedOperationException", "java/lang/ArithmeticException", "java/lang/RuntimeException"};

  private final String owner;
  private final String field;
  private final UnaryOperator<AbstractInsnNode> access;
  private final SplittableRandom random;

  /** @param access what a read or write of {@code OPAQUE} becomes in the code: itself, or a hidden access */
  OpaquePredicates(String owner, String field, UnaryOperator<AbstractInsnNode> access, SplittableRandom random) {
    this.owner = owner;
    this.field = field;
    this.access = access;
    this.random = random;
  }

  /**
   * Code with no net effect on the stack that jumps to {@code target} always ({@code taken}) or never.
   */
  List<AbstractInsnNode> predicate(LabelNode target, boolean taken) {
    List<AbstractInsnNode> code = new ArrayList<>();
    code.add(opaque());
    int jump;
    switch (random.nextInt(5)) {
      case 0 -> { // x * (x + k) & 1 == 0, k odd
        code.add(new InsnNode(Opcodes.DUP));
        code.add(push(oddConstant()));
        code.add(new InsnNode(Opcodes.IADD));
        code.add(new InsnNode(Opcodes.IMUL));
        code.add(new InsnNode(Opcodes.ICONST_1));
        code.add(new InsnNode(Opcodes.IAND));
        jump = taken ? Opcodes.IFEQ : Opcodes.IFNE;
      }
      case 1 -> { // (x * x & 3) < 2
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new InsnNode(Opcodes.IMUL));
        code.add(new InsnNode(Opcodes.ICONST_3));
        code.add(new InsnNode(Opcodes.IAND));
        code.add(new InsnNode(Opcodes.ICONST_2));
        jump = taken ? Opcodes.IF_ICMPLT : Opcodes.IF_ICMPGE;
      }
      case 2 -> { // (x * x & 3) != 2 or 3
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new InsnNode(Opcodes.IMUL));
        code.add(new InsnNode(Opcodes.ICONST_3));
        code.add(new InsnNode(Opcodes.IAND));
        code.add(new InsnNode(random.nextBoolean() ? Opcodes.ICONST_2 : Opcodes.ICONST_3));
        jump = taken ? Opcodes.IF_ICMPNE : Opcodes.IF_ICMPEQ;
      }
      case 3 -> { // x * x + k != 0, k mod 4 in {1, 2}
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new InsnNode(Opcodes.IMUL));
        code.add(push(4 * (random.nextInt(61) - 30) + 1 + random.nextInt(2)));
        code.add(new InsnNode(Opcodes.IADD));
        jump = taken ? Opcodes.IFNE : Opcodes.IFEQ;
      }
      default -> { // (x | 1)^2 & 7 == 1
        code.add(new InsnNode(Opcodes.ICONST_1));
        code.add(new InsnNode(Opcodes.IOR));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new InsnNode(Opcodes.IMUL));
        code.add(push(7));
        code.add(new InsnNode(Opcodes.IAND));
        code.add(new InsnNode(Opcodes.ICONST_1));
        jump = taken ? Opcodes.IF_ICMPEQ : Opcodes.IF_ICMPNE;
      }
    }
    code.add(new JumpInsnNode(jump, target));
    return code;
  }

  /** Code that never completes normally: maybe a write to {@code OPAQUE}, then a throw or a default return. */
  List<AbstractInsnNode> junk(Type returnType, boolean mayReturn) {
    List<AbstractInsnNode> code = new ArrayList<>(scramble());
    int kind = random.nextInt(mayReturn ? 3 : 2);
    if (kind == 0) {
      code.add(new InsnNode(Opcodes.ACONST_NULL));
      code.add(new InsnNode(Opcodes.ATHROW));
    } else if (kind == 1) {
      String type = THROWABLES[random.nextInt(THROWABLES.length)];
      code.add(new TypeInsnNode(Opcodes.NEW, type));
      code.add(new InsnNode(Opcodes.DUP));
      code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, type, "<init>", "()V", false));
      code.add(new InsnNode(Opcodes.ATHROW));
    } else {
      code.addAll(defaultReturn(returnType));
    }
    return code;
  }

  /** A jump to {@code target}, after a write to {@code OPAQUE} half of the time. */
  List<AbstractInsnNode> jump(LabelNode target) {
    List<AbstractInsnNode> code = new ArrayList<>(scramble());
    code.add(new JumpInsnNode(Opcodes.GOTO, target));
    return code;
  }

  private List<AbstractInsnNode> scramble() {
    List<AbstractInsnNode> code = new ArrayList<>();
    if (random.nextBoolean()) {
      code.add(opaque());
      code.add(push(random.nextInt(1, 1 << 15)));
      code.add(new InsnNode(random.nextBoolean() ? Opcodes.IXOR : Opcodes.IMUL));
      code.add(access.apply(new FieldInsnNode(Opcodes.PUTSTATIC, owner, field, "I")));
    }
    return code;
  }

  private static List<AbstractInsnNode> defaultReturn(Type type) {
    return switch (type.getSort()) {
      case Type.VOID -> List.of(new InsnNode(Opcodes.RETURN));
      case Type.LONG -> List.of(new InsnNode(Opcodes.LCONST_0), new InsnNode(Opcodes.LRETURN));
      case Type.FLOAT -> List.of(new InsnNode(Opcodes.FCONST_0), new InsnNode(Opcodes.FRETURN));
      case Type.DOUBLE -> List.of(new InsnNode(Opcodes.DCONST_0), new InsnNode(Opcodes.DRETURN));
      case Type.OBJECT, Type.ARRAY -> List.of(new InsnNode(Opcodes.ACONST_NULL), new InsnNode(Opcodes.ARETURN));
      default -> List.of(new InsnNode(Opcodes.ICONST_0), new InsnNode(Opcodes.IRETURN));
    };
  }

  private AbstractInsnNode opaque() {
    return access.apply(new FieldInsnNode(Opcodes.GETSTATIC, owner, field, "I"));
  }

  private int oddConstant() {
    return 2 * (random.nextInt(127) - 63) + 1;
  }

  static AbstractInsnNode push(int value) {
    if (value >= -1 && value <= 5) {
      return new InsnNode(Opcodes.ICONST_0 + value);
    }
    if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      return new IntInsnNode(Opcodes.BIPUSH, value);
    }
    if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      return new IntInsnNode(Opcodes.SIPUSH, value);
    }
    return new LdcInsnNode(value);
  }
}
