package dev.jarmor.passes.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Switch-dispatch flattening: blocks become cases of a dispatcher, {@code switch (state ^ M)}, and every jump
 * to one of them stores that block's key in the state local and jumps to the dispatcher instead. A block is
 * dispatched only where that is sound without rewriting its locals: entered with an empty stack and no
 * uninitialized object, not the entry, and, below level 4, not in a loop (loops keep their direct jumps, so the JIT
 * keeps its loop optimisations and the dispatcher runs at most once per block per call). The verifier merges the
 * states of every jump into a dispatcher, so one dispatcher serves blocks whose entry frames are identical; a method
 * has as many dispatchers as it has such groups of two or more.
 *
 * <p>The caller runs it only on methods without exception handlers.
 */
final class Flattener {

  private Flattener() {}

  /**
   * Flattens what it can; returns the number of blocks dispatched.
   *
   * @param loops whether blocks in loops are dispatched too (level 4: a loop's every turn then runs a dispatcher)
   */
  static int flatten(List<Block> blocks, List<Block> added, int stateLocal, OpaquePredicates junk, Type returnType,
      boolean loops, SplittableRandom random) {
    List<List<Block>> groups = new ArrayList<>();
    for (Block block : blocks) {
      if (block.index == 0 || block.frame == null || block.pinned || block.inLoop && !loops
          || block.frame.getStackSize() != 0
          || !block.hasInstructions()) {
        continue;
      }
      List<Block> group = groups.stream().filter(g -> FlowAnalysis.sameFrame(g.get(0).frame, block.frame))
          .findFirst().orElse(null);
      if (group == null) {
        groups.add(group = new ArrayList<>());
      }
      group.add(block);
    }
    Map<Block, Case> cases = new IdentityHashMap<>();
    Set<Integer> usedKeys = new HashSet<>();
    for (List<Block> group : groups) {
      if (group.size() < 2) {
        continue;
      }
      Block dispatcher = new Block(-1, new LabelNode());
      Block fallback = new Block(-1, new LabelNode());
      fallback.code.addAll(junk.junk(returnType, true));
      int mask = random.nextInt();
      Map<Integer, LabelNode> targets = new TreeMap<>();
      for (Block block : group) {
        int key;
        do {
          key = random.nextInt();
        } while (!usedKeys.add(key) || targets.containsKey(key ^ mask));
        targets.put(key ^ mask, block.start);
        cases.put(block, new Case(key, dispatcher));
      }
      dispatcher.code.add(new VarInsnNode(Opcodes.ILOAD, stateLocal));
      dispatcher.code.add(OpaquePredicates.push(mask));
      dispatcher.code.add(new InsnNode(Opcodes.IXOR));
      dispatcher.code.add(new LookupSwitchInsnNode(fallback.start,
          targets.keySet().stream().mapToInt(Integer::intValue).toArray(), targets.values().toArray(new LabelNode[0])));
      added.add(dispatcher);
      added.add(fallback);
    }
    if (cases.isEmpty()) {
      return 0;
    }
    Map<LabelNode, Block> byLabel = new HashMap<>();
    blocks.forEach(b -> byLabel.put(b.start, b));
    Map<Block, Block> trampolines = new IdentityHashMap<>();
    for (Block block : blocks) {
      AbstractInsnNode last = block.lastInstruction();
      if (last instanceof JumpInsnNode jump) {
        Case target = cases.get(byLabel.get(jump.label));
        if (target != null) {
          if (jump.getOpcode() == Opcodes.GOTO) {
            block.code.remove(jump);
            block.code.addAll(target.enter(stateLocal));
          } else {
            jump.label = trampoline(byLabel.get(jump.label), target, trampolines, added, stateLocal);
          }
        }
      } else if (last instanceof TableSwitchInsnNode table) {
        table.dflt = retarget(table.dflt, byLabel, cases, trampolines, added, stateLocal);
        table.labels.replaceAll(l -> retarget(l, byLabel, cases, trampolines, added, stateLocal));
      } else if (last instanceof LookupSwitchInsnNode lookup) {
        lookup.dflt = retarget(lookup.dflt, byLabel, cases, trampolines, added, stateLocal);
        lookup.labels.replaceAll(l -> retarget(l, byLabel, cases, trampolines, added, stateLocal));
      }
      if (block.next != null && cases.containsKey(block.next)) {
        block.exit = cases.get(block.next).enter(stateLocal);
      }
    }
    return cases.size();
  }

  private static LabelNode retarget(LabelNode label, Map<LabelNode, Block> byLabel, Map<Block, Case> cases,
      Map<Block, Block> trampolines, List<Block> added, int stateLocal) {
    Block block = byLabel.get(label);
    Case target = cases.get(block);
    return target == null ? label : trampoline(block, target, trampolines, added, stateLocal);
  }

  /** The block a conditional jump or a switch goes through to reach a dispatched block: it sets the state. */
  private static LabelNode trampoline(Block block, Case target, Map<Block, Block> trampolines, List<Block> added,
      int stateLocal) {
    return trampolines.computeIfAbsent(block, b -> {
      Block trampoline = new Block(-1, new LabelNode());
      trampoline.code.addAll(target.enter(stateLocal));
      added.add(trampoline);
      return trampoline;
    }).start;
  }

  /** A dispatched block's key and dispatcher. */
  private record Case(int key, Block dispatcher) {
    List<AbstractInsnNode> enter(int stateLocal) {
      List<AbstractInsnNode> code = new ArrayList<>();
      code.add(OpaquePredicates.push(key));
      code.add(new VarInsnNode(Opcodes.ISTORE, stateLocal));
      code.add(new JumpInsnNode(Opcodes.GOTO, dispatcher.start));
      return code;
    }
  }
}
