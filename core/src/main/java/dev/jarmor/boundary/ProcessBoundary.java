package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Child JVMs: a program that starts processes ({@code ProcessBuilder}, {@code Runtime.exec}) names
 * the child's main class on its command line. A main class named by {@code Class.getName()} needs
 * nothing (the string is computed from the renamed class); one named by a string constant keeps its
 * name, and its main method is kept by {@link EntryPointBoundary}.
 *
 * <p>Known limit: only string constants that spell a program class's name exactly are recognised;
 * names assembled at run time are not.
 */
public final class ProcessBoundary implements Boundary {

  @Override
  public String id() {
    return "process";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    List<String> starters = new ArrayList<>();
    for (ProgramClass pc : context.program().allClasses()) {
      for (MethodNode method : pc.node().methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof MethodInsnNode call && startsProcess(call)) {
            starters.add(CodeLocation.of(pc.node(), method, insn));
          }
        }
      }
    }
    if (starters.isEmpty()) {
      return;
    }
    String starter = starters.get(0) + (starters.size() > 1 ? " and " + (starters.size() - 1) + " more" : "");
    for (ProgramClass pc : context.program().allClasses()) {
      for (MethodNode method : pc.node().methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text && looksLikeClassName(text)) {
            ClassInfo named = context.hierarchy().find(text.replace('.', '/'));
            if (named != null && named.isProgram()) {
              decisions.accept(Decision.keep(Target.ofClass(named.name()), id(), "class name \"" + text
                  + "\" at " + CodeLocation.of(pc.node(), method, insn) + ", in a program that starts processes ("
                  + starter + ")"));
            }
          }
        }
      }
    }
  }

  private static boolean startsProcess(MethodInsnNode call) {
    return call.owner.equals("java/lang/ProcessBuilder") && (call.name.equals("<init>") || call.name.equals("command"))
        || call.owner.equals("java/lang/Runtime") && call.name.equals("exec");
  }

  private static boolean looksLikeClassName(String text) {
    return !text.isEmpty() && text.length() < 256 && text.indexOf('/') < 0 && text.indexOf(' ') < 0
        && Character.isJavaIdentifierStart(text.charAt(0));
  }
}
