package dev.jarmor.passes.flow;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.verify.HierarchyVerifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * What the rewriting steps must know about each block of a method before they move it: the entry types the
 * verifier sees (through the output's hierarchy), where uninitialized objects are live, and which blocks are
 * in loops. Uninitialized objects are the JVM's trap: code holding one may only branch forward and must reach
 * its constructor call with the same object, so such blocks stay where they are.
 */
final class FlowAnalysis {

  private FlowAnalysis() {}

  /**
   * Fills in the blocks' analysis.
   *
   * @return why the method cannot be rewritten, or null
   */
  static String analyze(ClassInfo owner, MethodNode method, List<Block> blocks, Hierarchy hierarchy) {
    Frame<BasicValue>[] typed;
    Frame<BasicValue>[] uninit;
    HierarchyVerifier verifier = new HierarchyVerifier(hierarchy, owner);
    try {
      typed = new Analyzer<>(verifier).analyze(owner.name(), method);
      uninit = new UninitAnalyzer(method.name.equals("<init>")).analyze(owner.name(), method);
    } catch (AnalyzerException e) {
      return "analysis failed: " + e.getMessage();
    }
    if (!verifier.unknownTypes().isEmpty()) {
      // its entry types are guesses where a missing class decides them: blocks could not be matched by them
      return "it uses " + String.join(", ", verifier.unknownTypes()).replace('/', '.') + ", missing from the classpath";
    }
    Map<LabelNode, Block> byLabel = new HashMap<>();
    for (Block block : blocks) {
      byLabel.put(block.start, block);
      int at = method.instructions.indexOf(block.start);
      block.frame = typed[at];
      block.pinned = hasUninitialized(uninit[at]);
      for (AbstractInsnNode insn : block.code) {
        if (hasUninitialized(uninit[method.instructions.indexOf(insn)])) {
          block.uninitializedInside = true;
        }
      }
    }
    for (Block block : blocks) {
      String problem = checkExit(block, blocks, method, uninit);
      if (problem != null) {
        return problem;
      }
    }
    markLoops(blocks, exceptionEdges(method, blocks, byLabel));
    return null;
  }

  /**
   * A block that ends holding an uninitialized object may only go forward, into blocks that stay right after
   * it (each entered with an uninitialized object, so moved with it).
   */
  private static String checkExit(Block block, List<Block> blocks, MethodNode method, Frame<BasicValue>[] uninit) {
    AbstractInsnNode last = block.lastInstruction();
    if (last == null || BasicBlocks.isReturnOrThrow(last)) {
      return null;
    }
    Frame<BasicValue> before = uninit[method.instructions.indexOf(last)];
    if (before == null) {
      return null;
    }
    Frame<BasicValue> after = new UninitFrame(before);
    try {
      after.execute(last, new UninitInterpreter(false));
    } catch (AnalyzerException e) {
      return "analysis failed: " + e.getMessage();
    }
    if (!hasUninitialized(after)) {
      return null;
    }
    for (Block successor : block.successors) {
      if (successor.index <= block.index) {
        return "an uninitialized object is live across a backward jump";
      }
      for (int i = block.index + 1; i <= successor.index; i++) {
        if (!blocks.get(i).pinned) {
          return "an uninitialized object is live across a jump";
        }
      }
    }
    return null;
  }

  static boolean hasUninitialized(Frame<BasicValue> frame) {
    if (frame == null) {
      return false;
    }
    for (int i = 0; i < frame.getLocals(); i++) {
      if (frame.getLocal(i) instanceof Uninitialized) {
        return true;
      }
    }
    for (int i = 0; i < frame.getStackSize(); i++) {
      if (frame.getStack(i) instanceof Uninitialized) {
        return true;
      }
    }
    return false;
  }

  /** Whether control may go from a point with frame {@code from} to a point with frame {@code to} unchanged. */
  static boolean sameFrame(Frame<BasicValue> from, Frame<BasicValue> to) {
    if (from == null || to == null || from.getLocals() != to.getLocals() || from.getStackSize() != to.getStackSize()) {
      return false;
    }
    for (int i = 0; i < from.getLocals(); i++) {
      if (!from.getLocal(i).equals(to.getLocal(i))) {
        return false;
      }
    }
    for (int i = 0; i < from.getStackSize(); i++) {
      if (!from.getStack(i).equals(to.getStack(i))) {
        return false;
      }
    }
    return true;
  }

  private static Map<Block, List<Block>> exceptionEdges(MethodNode method, List<Block> blocks,
      Map<LabelNode, Block> byLabel) {
    Map<Block, List<Block>> edges = new HashMap<>();
    for (TryCatchBlockNode tcb : method.tryCatchBlocks) {
      Block handler = byLabel.get(tcb.handler);
      for (int i = byLabel.get(tcb.start).index; i < byLabel.get(tcb.end).index; i++) {
        edges.computeIfAbsent(blocks.get(i), k -> new ArrayList<>()).add(handler);
      }
    }
    return edges;
  }

  /**
   * Tarjan's strongly connected components, iteratively: a block in a component of two or more blocks, or with
   * an edge to itself, is in a loop.
   */
  private static void markLoops(List<Block> blocks, Map<Block, List<Block>> exceptionEdges) {
    int n = blocks.size();
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    Deque<Block> stack = new ArrayDeque<>();
    int counter = 0;
    for (Block root : blocks) {
      if (index[root.index] >= 0) {
        continue;
      }
      Deque<int[]> work = new ArrayDeque<>();
      work.push(new int[] {root.index, 0});
      index[root.index] = low[root.index] = counter++;
      stack.push(root);
      onStack[root.index] = true;
      while (!work.isEmpty()) {
        int[] top = work.peek();
        Block block = blocks.get(top[0]);
        List<Block> edges = edges(block, exceptionEdges);
        if (top[1] < edges.size()) {
          Block next = edges.get(top[1]++);
          if (next == block) {
            block.inLoop = true;
          }
          if (index[next.index] < 0) {
            index[next.index] = low[next.index] = counter++;
            stack.push(next);
            onStack[next.index] = true;
            work.push(new int[] {next.index, 0});
          } else if (onStack[next.index]) {
            low[block.index] = Math.min(low[block.index], index[next.index]);
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          int parent = work.peek()[0];
          low[parent] = Math.min(low[parent], low[block.index]);
        }
        if (low[block.index] == index[block.index]) {
          List<Block> component = new ArrayList<>();
          Block member;
          do {
            member = stack.pop();
            onStack[member.index] = false;
            component.add(member);
          } while (member != block);
          if (component.size() > 1) {
            component.forEach(b -> b.inLoop = true);
          }
        }
      }
    }
  }

  private static List<Block> edges(Block block, Map<Block, List<Block>> exceptionEdges) {
    List<Block> handlers = exceptionEdges.get(block);
    if (handlers == null) {
      return block.successors;
    }
    List<Block> all = new ArrayList<>(block.successors);
    all.addAll(handlers);
    return all;
  }

  /** An object between its {@code new} (or {@code this} before super()) and its constructor call. */
  static final class Uninitialized extends BasicValue {
    private final AbstractInsnNode site;

    Uninitialized(AbstractInsnNode site) {
      super(Type.getObjectType("jarmor/uninitialized"));
      this.site = site;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Uninitialized u && u.site == site;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(site);
    }
  }

  private static final Uninitialized THIS_BEFORE_SUPER = new Uninitialized(null);

  /**
   * The basic interpreter, with an {@link Uninitialized} value for each {@code new} and for a constructor's
   * {@code this}.
   */
  private static final class UninitInterpreter extends BasicInterpreter {
    private final boolean constructor;

    UninitInterpreter(boolean constructor) {
      super(Opcodes.ASM9);
      this.constructor = constructor;
    }

    @Override
    public BasicValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
      return constructor && local == 0 ? THIS_BEFORE_SUPER : super.newParameterValue(isInstanceMethod, local, type);
    }

    @Override
    public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
      return insn.getOpcode() == Opcodes.NEW ? new Uninitialized(insn) : super.newOperation(insn);
    }
  }

  /** A frame in which a constructor call initializes every copy of its receiver. */
  private static final class UninitFrame extends Frame<BasicValue> {
    UninitFrame(int locals, int stack) {
      super(locals, stack);
    }

    UninitFrame(Frame<? extends BasicValue> frame) {
      super(frame);
    }

    @Override
    public void execute(AbstractInsnNode insn, Interpreter<BasicValue> interpreter) throws AnalyzerException {
      BasicValue receiver = null;
      if (insn.getOpcode() == Opcodes.INVOKESPECIAL && insn instanceof MethodInsnNode call
          && call.name.equals("<init>")) {
        receiver = getStack(getStackSize() - 1 - Type.getArgumentTypes(call.desc).length);
      }
      super.execute(insn, interpreter);
      if (receiver instanceof Uninitialized) {
        for (int i = 0; i < getLocals(); i++) {
          if (receiver.equals(getLocal(i))) {
            setLocal(i, BasicValue.REFERENCE_VALUE);
          }
        }
        for (int i = 0; i < getStackSize(); i++) {
          if (receiver.equals(getStack(i))) {
            setStack(i, BasicValue.REFERENCE_VALUE);
          }
        }
      }
    }
  }

  private static final class UninitAnalyzer extends Analyzer<BasicValue> {
    UninitAnalyzer(boolean constructor) {
      super(new UninitInterpreter(constructor));
    }

    @Override
    protected Frame<BasicValue> newFrame(int numLocals, int numStack) {
      return new UninitFrame(numLocals, numStack);
    }

    @Override
    protected Frame<BasicValue> newFrame(Frame<? extends BasicValue> frame) {
      return new UninitFrame(frame);
    }
  }
}
