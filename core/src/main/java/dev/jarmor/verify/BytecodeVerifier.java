package dev.jarmor.verify;

import dev.jarmor.JarmorException;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import java.util.List;
import java.util.Objects;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * Verifies every method of every output class with ASM's data-flow {@link Analyzer}: stack and
 * local types, assignability through the output's hierarchy, method and field descriptors.
 * Classes are checked in parallel; the failure reported is the first in name order, so the message
 * does not depend on thread timing.
 */
public final class BytecodeVerifier {

  private BytecodeVerifier() {}

  /**
   * @throws JarmorException of kind VERIFICATION naming the first class and method that fails
   */
  public static void verify(Program output, Hierarchy outputHierarchy) {
    List<String> failures = output.allClasses().parallelStream()
        .map(pc -> verify(pc, outputHierarchy))
        .filter(Objects::nonNull)
        .sorted()
        .toList();
    if (!failures.isEmpty()) {
      String more = failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : "";
      throw new JarmorException(JarmorException.Kind.VERIFICATION, "output does not verify: " + failures.get(0) + more, null);
    }
  }

  private static String verify(ProgramClass pc, Hierarchy hierarchy) {
    if ((pc.node().access & Opcodes.ACC_MODULE) != 0) {
      return null;
    }
    ClassInfo info = hierarchy.find(pc.name());
    for (MethodNode method : pc.node().methods) {
      if (method.instructions.size() == 0) {
        continue;
      }
      try {
        new Analyzer<BasicValue>(new HierarchyVerifier(hierarchy, info)).analyze(pc.name(), method);
      } catch (AnalyzerException | RuntimeException e) {
        if (e instanceof JarmorException je && je.kind() == JarmorException.Kind.INPUT) {
          throw je;
        }
        return pc.name().replace('/', '.') + "." + method.name + method.desc + ": " + e.getMessage();
      }
    }
    return null;
  }
}
