package dev.jarmor.passes.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Block reordering: lays the blocks out in a seeded random order, the entry first, joined by {@code goto}s
 * where a block used to fall through, and splits each exception range into one range per run of blocks it
 * covered, in the original order of the exception table (so the first matching handler is still the same).
 * A block entered with an uninitialized object stays right after the block before it (the JVM allows no
 * backward jump holding one), as does an empty block at the very end of the code. A switch with only a default
 * becomes a {@code pop} and a {@code goto}, which may end the code.
 */
final class BlockShuffler {

  private BlockShuffler() {}

  /** The new order of the original and added blocks. */
  static List<Block> layout(List<Block> blocks, List<Block> added, SplittableRandom random) {
    List<List<Block>> chunks = new ArrayList<>();
    Block trailing = null;
    for (Block block : blocks) {
      if (block.index == blocks.size() - 1 && !block.hasInstructions() && block.next == null && block.index > 0) {
        trailing = block;
      } else if (block.index == 0 || !block.pinned) {
        chunks.add(new ArrayList<>(List.of(block)));
      } else {
        chunks.get(chunks.size() - 1).add(block);
      }
    }
    added.forEach(b -> chunks.add(new ArrayList<>(List.of(b))));
    for (int i = chunks.size() - 1; i > 1; i--) {
      int j = 1 + random.nextInt(i);
      List<Block> swap = chunks.get(i);
      chunks.set(i, chunks.get(j));
      chunks.set(j, swap);
    }
    List<Block> order = new ArrayList<>();
    chunks.forEach(order::addAll);
    if (trailing != null) {
      order.add(trailing);
    }
    return order;
  }

  /** The code of the blocks in this order; sets each block's end label. */
  static InsnList emit(List<Block> order) {
    InsnList code = new InsnList();
    for (int i = 0; i < order.size(); i++) {
      Block block = order.get(i);
      code.add(block.start);
      for (AbstractInsnNode insn : block.code) {
        if (insn instanceof LookupSwitchInsnNode lookup && lookup.keys.isEmpty()) {
          // javac's switch with only a default: HotSpot rejects one that ends the code ("Bad instruction": its
          // length check reads one word past an empty switch), which the shuffle can make it do
          code.add(new InsnNode(Opcodes.POP));
          code.add(new JumpInsnNode(Opcodes.GOTO, lookup.dflt));
        } else {
          code.add(insn);
        }
      }
      if (block.exit != null) {
        block.exit.forEach(code::add);
      } else if (block.next != null && BasicBlocks.falls(block)
          && (i + 1 == order.size() || order.get(i + 1) != block.next)) {
        code.add(new JumpInsnNode(Opcodes.GOTO, block.next.start));
      }
      block.end = new LabelNode();
      code.add(block.end);
    }
    return code;
  }

  /** The original exception ranges, split along the new order. */
  static List<TryCatchBlockNode> ranges(List<TryCatchBlockNode> original, List<Block> blocks, List<Block> order) {
    Map<LabelNode, Block> byLabel = new HashMap<>();
    blocks.forEach(b -> byLabel.put(b.start, b));
    List<TryCatchBlockNode> result = new ArrayList<>();
    for (TryCatchBlockNode tcb : original) {
      int from = byLabel.get(tcb.start).index;
      int to = byLabel.get(tcb.end).index;
      Block runStart = null;
      Block runEnd = null;
      boolean code = false;
      for (Block block : order) {
        boolean covered = !block.added() && block.index >= from && block.index < to;
        if (covered) {
          if (runStart == null) {
            runStart = block;
          }
          runEnd = block;
          code |= emitsCode(block);
        } else if (runStart != null) {
          add(result, tcb, runStart, runEnd, code);
          runStart = null;
          code = false;
        }
      }
      if (runStart != null) {
        add(result, tcb, runStart, runEnd, code);
      }
    }
    return result;
  }

  /** Whether a laid-out block holds at least one instruction (an exception range must not be empty). */
  static boolean emitsCode(Block block) {
    for (AbstractInsnNode insn = block.start.getNext(); insn != block.end; insn = insn.getNext()) {
      if (insn.getOpcode() >= 0) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<TryCatchBlockNode> result, TryCatchBlockNode tcb, Block from, Block to, boolean code) {
    if (!code) {
      return;
    }
    TryCatchBlockNode piece = new TryCatchBlockNode(from.start, to.end, tcb.handler, tcb.type);
    piece.visibleTypeAnnotations = tcb.visibleTypeAnnotations;
    piece.invisibleTypeAnnotations = tcb.invisibleTypeAnnotations;
    result.add(piece);
  }
}
