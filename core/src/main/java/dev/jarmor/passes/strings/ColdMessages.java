package dev.jarmor.passes.strings;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.passes.HierarchyClassWriter;
import dev.jarmor.passes.JumpTargets;
import dev.jarmor.verify.HierarchyVerifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Moves the building of a thrown exception's message out of a method, into a static method of its class: javac
 * before Java 9 builds {@code "size=" + size + " key=" + key} as a chain of {@code StringBuilder} appends, and each
 * of its constants, a 2-byte {@code ldc}, becomes a 5-byte invokedynamic once encrypted. A method with a few such
 * messages on its error paths (commons-collections4's {@code LRUMap.addMapping}, 315 bytes, 14 constants) grows
 * past the 325 bytes up to which HotSpot inlines a hot method ({@link dev.jarmor.passes.JitLimits}), and its callers
 * slow down for code that never runs. Moved, the message costs the method a call and the loads of what it reads.
 *
 * <p>What moves is exact: the instructions from the {@code new StringBuilder} to its {@code toString()}, verbatim,
 * where they run straight through (no jump, handler boundary, store or monitor among them, nothing of the stack
 * below them used) and the string they leave goes, straight through too, to a {@code throw}. The exception is still
 * made in the method, so its stack trace is as before; only an exception thrown while the message is built (a
 * {@code toString()} failing) shows the new method on top. Constructors (whose {@code this} may be uninitialized)
 * and interfaces (before Java 9, no private methods) are left alone.
 */
final class ColdMessages {

  private static final String BUILDER = "java/lang/StringBuilder";

  private final ClassNode node;
  private final Hierarchy hierarchy;
  /** The method names of the class and its supertypes and those given here; read once a message moves. */
  private Set<String> takenNames;

  ColdMessages(ClassNode node, Hierarchy hierarchy) {
    this.node = node;
    this.hierarchy = hierarchy;
  }

  /** Whether the class can hold the methods this adds. */
  boolean applies() {
    return (node.access & Opcodes.ACC_INTERFACE) == 0 && hierarchy.find(node.name) != null;
  }

  /**
   * Moves every message of {@code method} that can move into a method of its own, added to the class.
   *
   * @return the methods added; none where nothing could move or the method cannot be analyzed
   */
  List<MethodNode> outline(MethodNode method) {
    if (method.name.equals("<init>") || !hasBuilder(method)) {
      return List.of();
    }
    ClassInfo info = hierarchy.find(node.name);
    HierarchyVerifier verifier = new HierarchyVerifier(hierarchy, info);
    Frame<BasicValue>[] frames;
    try {
      frames = new Analyzer<>(verifier).analyze(node.name, method);
    } catch (AnalyzerException e) {
      return List.of();
    }
    if (!verifier.unknownTypes().isEmpty()) {
      return List.of();
    }
    Set<LabelNode> referenced = referencedLabels(method);
    AbstractInsnNode[] insns = method.instructions.toArray();
    List<MethodNode> added = new ArrayList<>();
    List<Region> regions = new ArrayList<>();
    for (int start = 0; start < insns.length; start++) {
      if (isNewBuilder(insns[start]) && frames[start] != null) {
        Region region = region(insns, frames, start, referenced);
        if (region != null) {
          regions.add(region);
          start = region.end;
        }
      }
    }
    for (Region region : regions) {
      MethodNode helper = helper(method, insns, frames, region);
      if (helper != null) {
        added.add(helper);
      }
    }
    return added;
  }

  /** The instructions {@code start..end} of a message, and the locals they read (slot to type, in slot order). */
  private record Region(int start, int end, TreeMap<Integer, Type> locals) {}

  /** The message starting at {@code start}, or null where it cannot move. */
  private static Region region(AbstractInsnNode[] insns, Frame<BasicValue>[] frames, int start,
      Set<LabelNode> referenced) {
    int base = frames[start].getStackSize();
    TreeMap<Integer, Type> locals = new TreeMap<>();
    for (int i = start; i < insns.length; i++) {
      AbstractInsnNode insn = insns[i];
      if (i > start && (frames[i] == null || frames[i].getStackSize() <= base) || !movable(insn, referenced)) {
        return null;
      }
      if (insn instanceof VarInsnNode load) {
        Type type = frames[i].getLocal(load.var).getType();
        if (type == null || type.getSort() == Type.OBJECT && type.getInternalName().equals("null")) {
          return null;
        }
        locals.put(load.var, type);
      }
      if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKEVIRTUAL
          && call.owner.equals(BUILDER) && call.name.equals("toString") && i + 1 < insns.length
          && frames[i + 1] != null && frames[i + 1].getStackSize() == base + 1) {
        return thrownAfter(insns, i + 1, referenced) ? new Region(start, i, locals) : null;
      }
    }
    return null;
  }

  /** Whether an instruction may move: straight-line code that reads, never writes, the method's locals. */
  private static boolean movable(AbstractInsnNode insn, Set<LabelNode> referenced) {
    if (insn instanceof LabelNode label) {
      return !referenced.contains(label);
    }
    if (insn instanceof FrameNode || !JumpTargets.of(insn).isEmpty()) {
      return false;
    }
    int op = insn.getOpcode();
    boolean store = op >= Opcodes.ISTORE && op <= Opcodes.ASTORE || op == Opcodes.IINC || op == Opcodes.RET;
    boolean leaves = op >= Opcodes.IRETURN && op <= Opcodes.RETURN || op == Opcodes.ATHROW;
    // these may reach below the values the region pushed
    boolean reachesBelow = op >= Opcodes.DUP_X1 && op <= Opcodes.SWAP;
    return !store && !leaves && !reachesBelow && op != Opcodes.MONITORENTER && op != Opcodes.MONITOREXIT
        && op != Opcodes.JSR;
  }

  /** Whether the code from {@code from} on runs straight through to a {@code throw}. */
  private static boolean thrownAfter(AbstractInsnNode[] insns, int from, Set<LabelNode> referenced) {
    for (int i = from; i < insns.length; i++) {
      AbstractInsnNode insn = insns[i];
      if (insn.getOpcode() == Opcodes.ATHROW) {
        return true;
      }
      if (!movable(insn, referenced)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Replaces the region by a call of a new static method that runs it on the locals it reads, passed in slot order.
   *
   * @return the new method, or null where its code cannot be written
   */
  private MethodNode helper(MethodNode method, AbstractInsnNode[] insns, Frame<BasicValue>[] frames, Region region) {
    Map<Integer, Integer> slots = new HashMap<>();
    List<Type> parameters = new ArrayList<>();
    int next = 0;
    for (Map.Entry<Integer, Type> local : region.locals().entrySet()) {
      slots.put(local.getKey(), next);
      parameters.add(local.getValue());
      next += local.getValue().getSize();
    }
    String descriptor = Type.getMethodDescriptor(Type.getType(String.class), parameters.toArray(new Type[0]));
    MethodNode helper = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
        freeName(), descriptor, null, null);
    Map<LabelNode, LabelNode> labels = new HashMap<>();
    for (int i = region.start(); i <= region.end(); i++) {
      if (insns[i] instanceof LabelNode label) {
        labels.put(label, new LabelNode());
      }
    }
    LabelNode first = new LabelNode();
    helper.instructions.add(first);
    // the line the message was built on, for a stack trace through the new method
    for (int i = region.start(); i >= 0; i--) {
      if (insns[i] instanceof LineNumberNode line) {
        helper.instructions.add(new LineNumberNode(line.line, first));
        break;
      }
    }
    for (int i = region.start(); i <= region.end(); i++) {
      AbstractInsnNode copy = insns[i].clone(labels);
      if (copy instanceof VarInsnNode load) {
        load.var = slots.get(load.var);
      }
      helper.instructions.add(copy);
    }
    helper.instructions.add(new InsnNode(Opcodes.ARETURN));
    MethodNode written;
    try {
      written = HierarchyClassWriter.recompute(node, helper, hierarchy);
    } catch (RuntimeException e) {
      return null;
    }
    // the caller keeps its labels (a local variable's range may end there) and its line numbers
    for (int i = region.start(); i <= region.end(); i++) {
      if (insns[i].getOpcode() >= 0) {
        method.instructions.remove(insns[i]);
      }
    }
    // the region ends at its toString(), and a throw follows it
    AbstractInsnNode at = insns[region.end() + 1];
    for (Map.Entry<Integer, Type> local : region.locals().entrySet()) {
      method.instructions.insertBefore(at, new VarInsnNode(local.getValue().getOpcode(Opcodes.ILOAD),
          local.getKey()));
    }
    method.instructions.insertBefore(at, new MethodInsnNode(Opcodes.INVOKESTATIC, node.name, written.name,
        written.desc, false));
    int below = 0;
    for (int i = 0; i < frames[region.start()].getStackSize(); i++) {
      below += frames[region.start()].getStack(i).getSize();
    }
    method.maxStack = Math.max(method.maxStack, below + Math.max(next, 1));
    takenNames.add(written.name);
    return written;
  }

  /** A name no method of the class or its supertypes has: a call through the class must find what it did. */
  private String freeName() {
    if (takenNames == null) {
      takenNames = new HashSet<>();
      node.methods.forEach(m -> takenNames.add(m.name));
      hierarchy.ancestors(node.name).forEach(info -> info.methods().stream().map(MemberInfo::name)
          .forEach(takenNames::add));
    }
    for (int i = 0; ; i++) {
      String candidate = "$m" + Integer.toString(i, 36);
      if (!takenNames.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static boolean hasBuilder(MethodNode method) {
    for (AbstractInsnNode insn : method.instructions) {
      if (isNewBuilder(insn)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNewBuilder(AbstractInsnNode insn) {
    return insn instanceof TypeInsnNode type && type.getOpcode() == Opcodes.NEW && type.desc.equals(BUILDER);
  }

  /** Labels a jump, a switch or an exception range names: a region may not hold one. */
  private static Set<LabelNode> referencedLabels(MethodNode method) {
    Set<LabelNode> labels = new HashSet<>();
    for (AbstractInsnNode insn : method.instructions) {
      labels.addAll(JumpTargets.of(insn));
    }
    for (TryCatchBlockNode range : method.tryCatchBlocks) {
      labels.add(range.start);
      labels.add(range.end);
      labels.add(range.handler);
    }
    return labels;
  }
}
