package dev.jarmor.passes.flow;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * A basic block of one method: its start label, its code up to and including the instruction that ends it, and
 * what the analysis found at its entry. A block the pass adds (a dispatcher, a trampoline, a bogus block) has
 * {@code index} -1 and no analysis.
 */
final class Block {

  final int index;
  final LabelNode start;
  final List<AbstractInsnNode> code = new ArrayList<>();
  /** The block control falls into when the code does not end in a jump, a return or a throw; null otherwise. */
  Block next;
  /** Code emitted after {@link #code} in place of the fall-through to {@link #next}; null: fall through. */
  List<AbstractInsnNode> exit;
  /** Where the block ends once laid out; set by the shuffler. */
  LabelNode end;

  /** The entry frame with the types the verifier sees; null where the code is unreachable. */
  Frame<BasicValue> frame;
  /**
   * Entered with an uninitialized object: a {@code new} before its constructor call, or {@code this} before
   * super().
   */
  boolean pinned;
  /** Some instruction of the block sees an uninitialized object. */
  boolean uninitializedInside;
  /** Part of a cycle of the control-flow graph (a loop). */
  boolean inLoop;
  /** The successors, by jumps, switches and fall-through (not exceptions). */
  final List<Block> successors = new ArrayList<>();

  Block(int index, LabelNode start) {
    this.index = index;
    this.start = start;
  }

  /** Whether the pass made this block. */
  boolean added() {
    return index < 0;
  }

  /** The last instruction that is not a label, line number or frame; null if none. */
  AbstractInsnNode lastInstruction() {
    for (int i = code.size() - 1; i >= 0; i--) {
      if (code.get(i).getOpcode() >= 0) {
        return code.get(i);
      }
    }
    return null;
  }

  boolean hasInstructions() {
    return lastInstruction() != null;
  }
}
