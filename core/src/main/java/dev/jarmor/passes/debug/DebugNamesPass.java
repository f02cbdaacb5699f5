package dev.jarmor.passes.debug;

import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.passes.CodePass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.plan.OriginalNames;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Removes the source's names that a class file carries beside its own (level 1, {@code debug-names}): the
 * SourceFile attribute becomes a neutral name ({@code --source-file-name}, {@code SourceFile} by default, so a
 * stack trace still prints line numbers), SourceDebugExtension goes, and so do local variable names and types
 * and MethodParameters. A renamed class would otherwise print its original file in every stack trace and
 * give a decompiler every local's name. The original file name goes into the mapping, where retrace finds it.
 *
 * <p>MethodParameters stay on the methods and constructors whose names the plan keeps for a reason:
 * frameworks that bind parameters by name (Jackson's creators, Spring's handlers) find them there. A
 * constructor's local variable entries stay for its parameters named as the class's fields.
 */
public final class DebugNamesPass extends CodePass {

  @Override
  public String name() {
    return "debug-names";
  }

  @Override
  protected int transform(ClassNode node, PassContext context) {
    OriginalNames names = context.model().originalNames();
    String owner = names.className(node.name);
    Map<String, MemberInfo> originals = names.methods(owner);
    int sites = 0;
    String neutral = context.choices().sourceFileName();
    if (!neutral.equals(node.sourceFile)) {
      if (node.sourceFile != null) {
        context.log().sourceFile(owner, node.sourceFile);
      }
      node.sourceFile = neutral;
      sites++;
    }
    if (node.sourceDebug != null) {
      node.sourceDebug = null;
      sites++;
    }
    for (MethodNode method : node.methods) {
      List<LocalVariableNode> fieldParameters = fieldParameters(node, method);
      if (method.localVariables != null && method.localVariables.size() > fieldParameters.size()
          || method.visibleLocalVariableAnnotations != null || method.invisibleLocalVariableAnnotations != null) {
        method.localVariables = fieldParameters.isEmpty() ? null : fieldParameters;
        method.visibleLocalVariableAnnotations = null;
        method.invisibleLocalVariableAnnotations = null;
        sites++;
      }
      if (method.parameters != null
          && !keepsParameterNames(owner, originals.get(method.name + method.desc), method, context)) {
        method.parameters = null;
        sites++;
      }
    }
    return sites;
  }

  /**
   * A constructor's parameters named as a field of the class, of the same type: names the class shows
   * anyway, which jackson-module-scala reads from here (through paranamer) to bind a Scala case class's
   * properties to its constructor, as Scala 2 writes no MethodParameters.
   */
  private static List<LocalVariableNode> fieldParameters(ClassNode node, MethodNode method) {
    if (!method.name.equals("<init>") || method.localVariables == null) {
      return List.of();
    }
    int slots = Type.getArgumentsAndReturnSizes(method.desc) >> 2; // this and the parameters
    return method.localVariables.stream().filter(local -> local.index > 0 && local.index < slots
        && node.fields.stream().anyMatch(f -> f.name.equals(local.name) && f.desc.equals(local.desc))).toList();
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
