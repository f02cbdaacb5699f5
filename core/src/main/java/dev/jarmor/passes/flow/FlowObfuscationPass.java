package dev.jarmor.passes.flow;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.passes.CodePass;
import dev.jarmor.passes.HierarchyClassWriter;
import dev.jarmor.passes.JitLimits;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.references.ReferenceHidingPass;
import dev.jarmor.runtime.Keys;
import dev.jarmor.verify.HierarchyVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/**
 * Control-flow obfuscation (level 3, {@code --flow}): in each method, opaque predicates on a run-time value
 * guard plausible dead code ({@link OpaquePredicates}), blocks are dispatched through {@code switch}es on a state
 * local where that is sound ({@link Flattener}), some blocks get handlers that only rethrow ({@link BogusHandlers}),
 * and the blocks are laid out in a seeded random order ({@link BlockShuffler}). Each rewritten method gets its
 * frames and max stack and locals recomputed through the output's hierarchy ({@link HierarchyClassWriter}) and
 * is verified again; a method that fails any of that stays as it was, named in the report.
 *
 * <p>Cost: predicates go mostly outside loops (a per-method budget proportional to the blocks outside loops, at
 * most one predicate per method inside one) and loops are never flattened. What the JIT does with a method
 * depends on its length ({@link JitLimits}): methods it inlines everywhere (accessors, small predicates) are left
 * as they are, and a method the full treatment would push across a limit gets a light one (no dispatcher, one
 * predicate) or, if that is still too long, stays as it was, named in the report. Level 4 spends all of that on
 * every method but those its profile names hot ({@link PassContext#fullStrength}): small methods rewritten, each
 * with one predicate at least, what follows a constructor's super() call a block of its own, loops dispatched and
 * guarded like the rest, no limit kept, and the predicates' reads and writes of the opaque value hidden as the
 * references pass hides field accesses.
 *
 * <p>Known limits: methods with JSR/RET, more than {@value #MAX_INSTRUCTIONS} instructions or
 * {@value #MAX_BLOCKS} blocks, or an uninitialized object live across a jump other than forward into the next
 * blocks, are left alone and reported; so is a method whose code would exceed 65535 bytes afterwards. Only
 * methods without exception handlers are flattened, and only their blocks outside loops entered with an empty
 * stack; blocks before a constructor's super() call keep their place. A method whose types depend on a class
 * missing from the classpath is left alone too: its frames cannot be computed. A rewritten method loses its local
 * variable table (names and types of locals, for debuggers); line numbers stay. Classes older than Java 6 are
 * rewritten too, with max stack and locals computed (they have no frames).
 */
public final class FlowObfuscationPass extends CodePass {

  static final int MAX_INSTRUCTIONS = 20_000;
  static final int MAX_BLOCKS = 2_000;
  private static final int MAX_PREDICATES = 32;
  /**
   * The entries of a rewritten method's parameters, over its whole new code: the blocks moved, so no
   * other local's range holds, but a parameter's slot is its own throughout, and what
   * {@code DebugNamesPass} left of them is read by name (a Scala constructor's, by jackson-module-scala).
   */
  private static List<LocalVariableNode> parameterNames(MethodNode work) {
    if (work.localVariables == null) {
      return null;
    }
    int slots = Type.getArgumentsAndReturnSizes(work.desc) >> 2;
    int first = (work.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    List<LocalVariableNode> parameters = work.localVariables.stream()
        .filter(local -> local.index >= first && local.index < slots + first - 1).toList();
    if (parameters.isEmpty()) {
      return null;
    }
    LabelNode start = new LabelNode();
    LabelNode end = new LabelNode();
    work.instructions.insert(start);
    work.instructions.add(end);
    return parameters.stream().map(local -> new LocalVariableNode(local.name, local.desc, local.signature, start, end,
        local.index)).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }

  /**
   * The share of a JIT limit flow may fill: the number pass runs after it and masks the constants its predicates
   * and dispatchers bring, which makes them longer still.
   */
  private static final double ROOM = 0.8;

  @Override
  public String name() {
    return "flow";
  }

  @Override
  public boolean keepsJitLimits() {
    return true;
  }

  @Override
  protected int transform(ClassNode node, PassContext context) {
    return transform(node, new Target(context.model().hierarchy(), true), context);
  }

  /**
   * Rewrites a runtime class ({@link dev.jarmor.passes.runtime.RuntimePass}) at every level as level 4 rewrites the
   * program's: every method at the maximum strength, since the runtime's code runs as call sites link and classes
   * initialize, not in the program's loops; but with the opaque value read and written plainly, since a hidden
   * access links through the runtime itself.
   *
   * @param hierarchy the output's, with the runtime's classes
   * @return the sites added
   */
  public int transformRuntime(ClassNode node, Hierarchy hierarchy, PassContext context) {
    return transform(node, new Target(hierarchy, false), context);
  }

  /**
   * Where a class is rewritten: the hierarchy its frames are computed in, and whether it is the program's (its
   * methods' strength chosen by level and profile, its opaque accesses hidden at the maximum) or the runtime's.
   */
  private record Target(Hierarchy hierarchy, boolean program) {}

  private int transform(ClassNode node, Target target, PassContext context) {
    ClassInfo info = target.hierarchy().find(node.name);
    if (info == null) {
      return 0;
    }
    SplittableRandom random = context.random(name(), node.name);
    int sites = 0;
    List<MethodNode> originals = List.copyOf(node.methods);
    for (int i = 0; i < node.methods.size(); i++) {
      MethodNode method = node.methods.get(i);
      SplittableRandom methodRandom = random.split();
      if (method.instructions.size() == 0) {
        continue;
      }
      boolean full = !target.program() || context.fullStrength(name(), node, method);
      if (!full && originalLength(node, method) <= JitLimits.MAX_INLINE_SIZE) {
        continue;
      }
      String why = unsupported(method);
      try {
        if (why == null) {
          Rewritten rewritten = full
              ? attempt(node, info, copy(method), Strength.MAXIMUM, target, methodRandom, context)
              : rewrite(node, info, method, originalLength(node, method), target, methodRandom, context);
          node.methods.set(i, rewritten.method());
          sites += rewritten.sites();
        }
      } catch (MethodTooLargeException e) {
        why = "code would exceed 65535 bytes";
      } catch (Skip e) {
        why = e.getMessage();
      } catch (RuntimeException e) {
        why = "could not rewrite: " + e;
      }
      if (why != null) {
        context.log().skipped(name(), node.name, method.name + method.desc, why);
      }
    }
    if (sites > 0 && !classFits(node)) {
      for (int i = 0; i < originals.size(); i++) {
        if (node.methods.get(i) != originals.get(i)) {
          context.log().skipped(name(), node.name, originals.get(i).name + originals.get(i).desc,
              "the class would exceed the JVM's limits (constant pool)");
          node.methods.set(i, originals.get(i));
        }
      }
      return 0;
    }
    if (sites == 0) {
      // a method rewritten with nothing added (one block) was still emitted anew: the class stays as it was
      for (int i = 0; i < originals.size(); i++) {
        node.methods.set(i, originals.get(i));
      }
    }
    return sites;
  }

  /** Whether the class as rewritten can still be written (its constant pool grew with the keys). */
  private static boolean classFits(ClassNode node) {
    try {
      ClassWriter writer = new ClassWriter(0);
      node.accept(writer);
      writer.toByteArray();
      return true;
    } catch (ClassTooLargeException | MethodTooLargeException e) {
      return false;
    }
  }

  private record Rewritten(MethodNode method, int sites) {}

  /**
   * What the predicates' reads and writes of the opaque value become: at the maximum strength, in a class that can
   * hold invokedynamic, accesses hidden as the references pass hides one (a reader then sees neither which value
   * the predicates test nor that they all test the same one, and no source rebuilds the method), one key each for
   * the class's reads and its writes; otherwise, and in the runtime's classes, the plain instructions.
   */
  private UnaryOperator<AbstractInsnNode> opaqueAccess(ClassNode node, Strength strength, Target target,
      PassContext context) {
    if (strength != Strength.MAXIMUM || !target.program() || (node.version & 0xFFFF) < Opcodes.V1_7) {
      return UnaryOperator.identity();
    }
    SplittableRandom keys = context.random(name(), node.name + ".opaque");
    int read = keys.nextInt();
    int write = keys.nextInt();
    return insn -> ReferenceHidingPass.hiddenAccess((FieldInsnNode) insn, node.name,
        insn.getOpcode() == Opcodes.GETSTATIC ? read : write, context);
  }

  /** Why a method is left alone before any work, or null. */
  private static String unsupported(MethodNode method) {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn.getOpcode() == Opcodes.JSR || insn.getOpcode() == Opcodes.RET) {
        return "JSR/RET subroutines";
      }
    }
    if (method.instructions.size() > MAX_INSTRUCTIONS) {
      return "more than " + MAX_INSTRUCTIONS + " instructions: left alone for cost";
    }
    if (method.maxLocals > 65_000 || method.maxStack > 65_000) {
      return "max locals or stack near the JVM's limit";
    }
    return null;
  }

  /**
   * How much of the pass a method gets: at level 4, the maximum (its loops flattened and guarded like the rest, and
   * no JIT limit kept); otherwise all of it within its JIT limits ({@link JitLimits}), or, when that would push the
   * method across one, no dispatcher, no predicate inside a loop and one outside.
   */
  private enum Strength { MAXIMUM, FULL, LIGHT }

  /**
   * The method rewritten at the highest strength that keeps it within its JIT limits; {@code method} stays as it
   * is (each attempt rewrites a copy), so the class keeps it where no attempt is taken.
   */
  private Rewritten rewrite(ClassNode node, ClassInfo info, MethodNode method, int length, Target target,
      SplittableRandom random, PassContext context) {
    String why = null;
    for (Strength strength : List.of(Strength.FULL, Strength.LIGHT)) {
      Rewritten rewritten = attempt(node, info, copy(method), strength, target, random.split(), context);
      why = JitLimits.crossed(rewritten.method(), length, ROOM);
      if (why == null) {
        return rewritten;
      }
    }
    throw new Skip(why);
  }

  private Rewritten attempt(ClassNode node, ClassInfo info, MethodNode work, Strength strength, Target target,
      SplittableRandom random, PassContext context) {
    List<Block> blocks = BasicBlocks.split(work, strength == Strength.MAXIMUM);
    if (blocks.size() > MAX_BLOCKS) {
      throw new Skip("more than " + MAX_BLOCKS + " basic blocks: left alone for cost");
    }
    Hierarchy hierarchy = target.hierarchy();
    String problem = FlowAnalysis.analyze(info, work, blocks, hierarchy);
    if (problem != null) {
      throw new Skip(problem);
    }
    int stateLocal = localsSize(work);
    if (stateLocal >= 65_535) {
      throw new Skip("max locals at the JVM's limit");
    }
    OpaquePredicates predicates = new OpaquePredicates(context.runtime().owner(Keys.class),
        context.runtime().field(Keys.class, "OPAQUE"), opaqueAccess(node, strength, target, context), random);
    Type returnType = Type.getReturnType(work.desc);
    List<Block> added = new ArrayList<>();
    int sites = 0;
    if (strength != Strength.LIGHT && work.tryCatchBlocks.isEmpty()) {
      sites += Flattener.flatten(blocks, added, stateLocal, predicates, returnType, strength == Strength.MAXIMUM,
          random);
    }
    sites += insertPredicates(blocks, added, predicates, returnType, strength, random);
    BogusHandlers bogus = BogusHandlers.plan(blocks, added, random);
    sites += bogus.size();
    List<Block> order = BlockShuffler.layout(blocks, added, random);
    if (blocks.size() > 1) {
      sites++;
    }
    work.instructions.clear();
    work.instructions = BlockShuffler.emit(order);
    List<TryCatchBlockNode> ranges = BlockShuffler.ranges(work.tryCatchBlocks, blocks, order);
    ranges.addAll(bogus.ranges());
    work.tryCatchBlocks = ranges;
    work.localVariables = parameterNames(work);
    work.visibleLocalVariableAnnotations = null;
    work.invisibleLocalVariableAnnotations = null;
    work.maxLocals = Math.max(work.maxLocals, stateLocal + 1);
    MethodNode result;
    try {
      result = HierarchyClassWriter.recompute(node, work, hierarchy);
    } catch (HierarchyClassWriter.MissingSupertypes e) {
      throw new Skip(e.getMessage());
    }
    try {
      new Analyzer<>(new HierarchyVerifier(hierarchy, info)).analyze(node.name, result);
    } catch (AnalyzerException e) {
      throw new Skip("the rewritten code does not verify: " + e.getMessage());
    }
    return new Rewritten(result, sites);
  }

  /**
   * Guards some blocks with a predicate whose never-taken side runs junk, jumps back to the block's start (a
   * loop that never runs) or jumps to another block entered with the very same frame.
   */
  private static int insertPredicates(List<Block> blocks, List<Block> added, OpaquePredicates predicates,
      Type returnType, Strength strength, SplittableRandom random) {
    List<Block> outside = new ArrayList<>();
    List<Block> inside = new ArrayList<>();
    for (Block block : blocks) {
      if (block.frame != null && !block.pinned && block.hasInstructions()) {
        (block.inLoop ? inside : outside).add(block);
      }
    }
    if (strength == Strength.MAXIMUM) {
      outside.addAll(inside);
      inside.clear();
    }
    double wanted = outside.size() * (0.3 + 0.3 * random.nextDouble());
    int budget = (int) wanted + (random.nextDouble() < wanted - (int) wanted ? 1 : 0);
    if (strength == Strength.MAXIMUM) {
      // a method of one or two blocks (a lambda's body, what follows a constructor's super()) gets one still
      budget = Math.max(budget, 1);
    }
    List<Block> chosen = pick(outside, Math.min(strength == Strength.LIGHT ? 1 : MAX_PREDICATES, budget), random);
    if (strength == Strength.FULL && !inside.isEmpty() && random.nextInt(4) == 0) {
      chosen.add(inside.get(random.nextInt(inside.size())));
    }
    for (Block block : chosen) {
      List<AbstractInsnNode> bogus;
      int kind = random.nextInt(3);
      List<Block> alike = new ArrayList<>();
      if (kind == 1 && block.frame.getStackSize() == 0) {
        for (Block other : outside) {
          if (other != block && FlowAnalysis.sameFrame(block.frame, other.frame)) {
            alike.add(other);
          }
        }
      }
      if (kind == 0) {
        bogus = predicates.jump(block.start);
      } else if (!alike.isEmpty()) {
        bogus = predicates.jump(alike.get(random.nextInt(alike.size())).start);
      } else {
        bogus = predicates.junk(returnType, true);
      }
      List<AbstractInsnNode> prefix;
      if (random.nextBoolean()) {
        LabelNode rest = new LabelNode();
        prefix = new ArrayList<>(predicates.predicate(rest, true));
        prefix.addAll(bogus);
        prefix.add(rest);
      } else {
        Block dead = new Block(-1, new LabelNode());
        dead.code.addAll(bogus);
        added.add(dead);
        prefix = predicates.predicate(dead.start, false);
      }
      block.code.addAll(BasicBlocks.entryPoint(block), prefix);
    }
    return chosen.size();
  }

  private static List<Block> pick(List<Block> from, int count, SplittableRandom random) {
    List<Block> pool = new ArrayList<>(from);
    List<Block> chosen = new ArrayList<>();
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }

  /** The first local slot nothing uses: past the parameters, every local the code names and max locals. */
  private static int localsSize(MethodNode method) {
    int size = Type.getArgumentsAndReturnSizes(method.desc) >> 2;
    if ((method.access & Opcodes.ACC_STATIC) != 0) {
      size--;
    }
    size = Math.max(size, method.maxLocals);
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof VarInsnNode var) {
        int width = var.getOpcode() == Opcodes.LLOAD || var.getOpcode() == Opcodes.DLOAD
            || var.getOpcode() == Opcodes.LSTORE || var.getOpcode() == Opcodes.DSTORE ? 2 : 1;
        size = Math.max(size, var.var + width);
      } else if (insn instanceof IincInsnNode iinc) {
        size = Math.max(size, iinc.var + 1);
      }
    }
    return size;
  }

  /** A method left alone, with why. */
  static final class Skip extends RuntimeException {
    Skip(String why) {
      super(why, null, false, false);
    }
  }
}
