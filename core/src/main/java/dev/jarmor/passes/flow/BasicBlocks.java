package dev.jarmor.passes.flow;

import dev.jarmor.passes.JumpTargets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Splits a method's code into basic blocks: a block starts at every label a jump, a switch or an exception
 * range names, and after every jump, switch, return and throw; if asked, in a constructor, also after each
 * constructor call, so that what follows super() is a block entered with {@code this} initialized, which the pass
 * may move and guard (the block before it stays in place). Removes the method's frames (they are recomputed
 * after the pass) and inserts a label wherever a block starts without one, so each block's start is in the
 * method's instruction list.
 *
 * <p>Known limit: JSR and RET are not supported; the pass leaves such methods alone before calling this.
 */
final class BasicBlocks {

  private BasicBlocks() {}

  static List<Block> split(MethodNode method, boolean afterConstructorCalls) {
    boolean constructor = afterConstructorCalls && method.name.equals("<init>");
    InsnList insns = method.instructions;
    for (AbstractInsnNode insn : insns.toArray()) {
      if (insn instanceof FrameNode) {
        insns.remove(insn);
      }
    }
    Set<LabelNode> leaders = new HashSet<>();
    for (AbstractInsnNode insn : insns) {
      leaders.addAll(JumpTargets.of(insn));
    }
    for (TryCatchBlockNode tcb : method.tryCatchBlocks) {
      leaders.add(tcb.start);
      leaders.add(tcb.end);
      leaders.add(tcb.handler);
    }
    if (!(insns.getFirst() instanceof LabelNode first && leaders.contains(first))) {
      LabelNode start = new LabelNode();
      insns.insert(start);
      leaders.add(start);
    }
    for (AbstractInsnNode insn : insns.toArray()) {
      if (endsBlock(insn) || constructor && isConstructorCall(insn)) {
        AbstractInsnNode after = insn.getNext();
        if (!(after instanceof LabelNode label && leaders.contains(label))) {
          LabelNode start = new LabelNode();
          insns.insert(insn, start);
          leaders.add(start);
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    Map<LabelNode, Block> byLabel = new HashMap<>();
    Block current = null;
    for (AbstractInsnNode insn : insns) {
      if (insn instanceof LabelNode label && leaders.contains(label)) {
        Block block = new Block(blocks.size(), label);
        if (current != null && falls(current)) {
          current.next = block;
        }
        blocks.add(block);
        byLabel.put(label, block);
        current = block;
      } else {
        current.code.add(insn);
      }
    }
    carryLines(blocks, insns);
    for (Block block : blocks) {
      AbstractInsnNode last = block.lastInstruction();
      if (last != null) {
        for (LabelNode target : JumpTargets.of(last)) {
          block.successors.add(byLabel.get(target));
        }
      }
      if (block.next != null && !block.successors.contains(block.next)) {
        block.successors.add(block.next);
      }
    }
    return blocks;
  }

  /**
   * Gives every block that starts without a line number the line it had by position (the last one before it
   * in the original order), so that moving it does not change the lines stack traces show.
   */
  private static void carryLines(List<Block> blocks, InsnList insns) {
    int line = -1;
    for (Block block : blocks) {
      boolean own = false;
      for (AbstractInsnNode insn : block.code) {
        if (insn instanceof LineNumberNode) {
          own = true;
        }
        if (insn.getOpcode() >= 0 || own) {
          break;
        }
      }
      if (!own && line >= 0 && block.hasInstructions()) {
        LineNumberNode carried = new LineNumberNode(line, block.start);
        block.code.add(0, carried);
        insns.insert(block.start, carried);
      }
      for (AbstractInsnNode insn : block.code) {
        if (insn instanceof LineNumberNode number) {
          line = number.line;
        }
      }
    }
  }

  /** Where code added at the start of a block goes: after its leading labels and line number. */
  static int entryPoint(Block block) {
    int i = 0;
    while (i < block.code.size() && block.code.get(i).getOpcode() < 0) {
      i++;
    }
    return i;
  }

  /** Whether control can leave the block's end into the next one. */
  static boolean falls(Block block) {
    AbstractInsnNode last = block.lastInstruction();
    return last == null || !(last.getOpcode() == Opcodes.GOTO || isSwitch(last) || isReturnOrThrow(last));
  }

  static boolean endsBlock(AbstractInsnNode insn) {
    return insn instanceof JumpInsnNode || isSwitch(insn) || isReturnOrThrow(insn);
  }

  private static boolean isConstructorCall(AbstractInsnNode insn) {
    return insn.getOpcode() == Opcodes.INVOKESPECIAL && ((MethodInsnNode) insn).name.equals("<init>");
  }

  static boolean isSwitch(AbstractInsnNode insn) {
    return insn instanceof TableSwitchInsnNode || insn instanceof LookupSwitchInsnNode;
  }

  static boolean isReturnOrThrow(AbstractInsnNode insn) {
    int op = insn.getOpcode();
    return op >= Opcodes.IRETURN && op <= Opcodes.RETURN || op == Opcodes.ATHROW;
  }
}
