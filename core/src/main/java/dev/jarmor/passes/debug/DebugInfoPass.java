package dev.jarmor.passes.debug;

import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.mapping.LineRange;
import dev.jarmor.mapping.MethodLines;
import dev.jarmor.passes.CodePass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.plan.OriginalNames;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Removes what tells a reader the source's story: the SourceFile and SourceDebugExtension
 * attributes, local variable names and types, MethodParameters and line numbers. With
 * {@code --keep-lines} each method keeps its line numbers, moved to a range of its own that starts
 * after the previous method's, the SourceFile attribute says only {@code SourceFile} (a stack
 * trace prints lines only beside a file name), and every range goes into the mapping, so that
 * {@code jarmor retrace} gives the original lines, as ProGuard's mapping does.
 *
 * <p>MethodParameters stay on the methods and constructors whose names the plan keeps for a reason:
 * frameworks that bind parameters by name (Jackson's creators, Spring's handlers) find them there.
 */
public final class DebugInfoPass extends CodePass {

  @Override
  public String name() {
    return "debug-info";
  }

  @Override
  protected int transform(ClassNode node, PassContext context) {
    boolean keepLines = context.options().keepLines();
    int sites = 0;
    if (node.sourceFile != null || node.sourceDebug != null) {
      node.sourceFile = keepLines && node.sourceFile != null ? "SourceFile" : null;
      node.sourceDebug = null;
      sites++;
    }
    OriginalNames names = context.plan().originalNames();
    String originalOwner = names.className(node.name);
    Map<String, MemberInfo> originals = names.methods(originalOwner);
    int nextLine = 1;
    for (MethodNode method : node.methods) {
      MemberInfo original = originals.get(method.name + method.desc);
      if (method.localVariables != null || method.visibleLocalVariableAnnotations != null
          || method.invisibleLocalVariableAnnotations != null) {
        method.localVariables = null;
        method.visibleLocalVariableAnnotations = null;
        method.invisibleLocalVariableAnnotations = null;
        sites++;
      }
      if (method.parameters != null && !keepsParameterNames(originalOwner, original, method, context)) {
        method.parameters = null;
        sites++;
      }
      LineRange range = lineRange(method);
      if (range == null) {
        continue;
      }
      sites++;
      if (!keepLines) {
        for (AbstractInsnNode insn : method.instructions.toArray()) {
          if (insn instanceof LineNumberNode) {
            method.instructions.remove(insn);
          }
        }
        continue;
      }
      int shift = nextLine - range.start();
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof LineNumberNode line) {
          line.line += shift;
        }
      }
      LineRange moved = new LineRange(nextLine, range.end() + shift);
      nextLine = moved.end() + 1;
      if (original != null || method.name.startsWith("<")) {
        context.log().lines(new MethodLines(originalOwner, original == null ? method.name : original.name(),
            original == null ? method.desc : original.descriptor(), moved, range));
      }
    }
    return sites;
  }

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

  private static boolean keepsParameterNames(String owner, MemberInfo original, MethodNode method,
      PassContext context) {
    if (original == null) {
      return false;
    }
    if (method.name.equals("<init>")) {
      return context.plan().keepsMembersOf(owner);
    }
    return context.plan().keepsMethod(owner, original.name(), original.descriptor());
  }
}
