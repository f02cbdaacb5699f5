package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.ConstantSite;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;

/** The frames of one method as {@link ReflectionInterpreter} sees them, before each instruction. */
final class TrackedFrames {

  private TrackedFrames() {}

  /** The frames, or null for code the analyzer cannot follow (the bytecode verifier reports that). */
  static Frame<Tracked>[] of(Hierarchy hierarchy, ProgramClass owner, MethodNode method) {
    Map<AbstractInsnNode, ConstantSite> constants = new HashMap<>();
    StringConstants.forEach(owner.node(), method, (site, text, m, insn) -> constants.put(insn, site));
    boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
    ReflectionInterpreter interpreter = new ReflectionInterpreter(hierarchy, constants,
        ReflectionInterpreter.argumentsBySlot(isStatic, method.desc, method.maxLocals));
    try {
      return new Analyzer<>(interpreter).analyze(owner.name(), method);
    } catch (AnalyzerException | RuntimeException unanalysable) {
      return null;
    }
  }
}
