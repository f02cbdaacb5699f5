package dev.jarmor.passes.debug;

import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.mapping.LineRange;
import dev.jarmor.mapping.MethodLines;
import dev.jarmor.passes.Pass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.plan.OriginalNames;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Gives the line numbers of each method a range of its own within its class, numbered from 1 in method
 * order, and records each range in the mapping beside the source lines it stands for ({@link MethodLines}):
 * a stack trace's line then tells apart the methods that renaming gave one name, and {@code jarmor retrace}
 * gives the original method and line. The output's numbers say nothing of the source's.
 *
 * <p>Moving ({@link #moving()}, every level): a method keeps its lines' distances, shifted. Removing
 * ({@link #removing()}, {@code debug-info} at level 2): a method keeps one line, at its start, which names
 * the method and no line of it; {@code --keep-lines} moves instead. A method with code but no line numbers
 * gets one line too, recorded as standing for no source line. Every class is treated, whatever
 * {@code --include} and {@code --exclude} say: line numbers change no behaviour, and an unmapped class
 * would make retrace guess.
 *
 * <p>Known limit: a multi-release class's variants are numbered apart and recorded under one original name,
 * so a line may stand for a method of either variant.
 */
public final class LineNumberPass implements Pass {

  /** The original range recorded for a method that had no line numbers. */
  static final LineRange NO_SOURCE_LINE = LineRange.of(0);

  private final boolean removing;

  private LineNumberPass(boolean removing) {
    this.removing = removing;
  }

  /** Lines moved, their distances kept. */
  public static LineNumberPass moving() {
    return new LineNumberPass(false);
  }

  /** Each method reduced to one line, unless {@code --keep-lines}. */
  public static LineNumberPass removing() {
    return new LineNumberPass(true);
  }

  @Override
  public String name() {
    return removing ? "debug-info" : "lines";
  }

  @Override
  public Program apply(Program program, PassContext context) {
    boolean collapse = removing && !context.choices().keepLines();
    return program.mapClasses(pc -> (pc.node().access & Opcodes.ACC_MODULE) != 0 ? pc : numbered(pc, collapse,
        context));
  }

  private ProgramClass numbered(ProgramClass pc, boolean collapse, PassContext context) {
    ClassNode node = PassContext.writable(pc);
    OriginalNames names = context.model().originalNames();
    String owner = names.className(node.name);
    Map<String, MemberInfo> originals = names.methods(owner);
    int next = 1;
    int sites = 0;
    for (MethodNode method : node.methods) {
      if (method.instructions.size() == 0) {
        continue;
      }
      LineRange original = lineRange(method);
      LineRange moved;
      if (collapse || original == null) {
        moved = LineRange.of(next);
        singleLine(method, next);
      } else {
        moved = new LineRange(next, next + original.size() - 1);
        int shift = next - original.start();
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof LineNumberNode line) {
            line.line += shift;
          }
        }
      }
      next = moved.end() + 1;
      sites++;
      MemberInfo declared = originals.get(method.name + method.desc);
      if (declared != null || method.name.startsWith("<")) {
        context.log().lines(new MethodLines(owner, declared == null ? method.name : declared.name(),
            declared == null ? method.desc : declared.descriptor(), moved, original == null ? NO_SOURCE_LINE
            : original));
      }
    }
    if (sites == 0) {
      return pc;
    }
    context.log().changed(name(), sites);
    return pc.with(node);
  }

  /** The lowest and highest line of a method, or null when it has none. */
  private static LineRange lineRange(MethodNode method) {
    int min = Integer.MAX_VALUE;
    int max = -1;
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof LineNumberNode line) {
        min = Math.min(min, line.line);
        max = Math.max(max, line.line);
      }
    }
    return max < 0 ? null : new LineRange(min, max);
  }

  /** Replaces every line number of the method by one, at its first instruction. */
  private static void singleLine(MethodNode method, int line) {
    for (AbstractInsnNode insn : method.instructions.toArray()) {
      if (insn instanceof LineNumberNode) {
        method.instructions.remove(insn);
      }
    }
    LabelNode start = new LabelNode();
    method.instructions.insert(new LineNumberNode(line, start));
    method.instructions.insert(start);
  }
}
