package dev.jarmor.passes.runtime;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.passes.Pass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.flow.FlowObfuscationPass;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.objectweb.asm.tree.ClassNode;

/**
 * Adds the relocated runtime classes to the output when an earlier pass calls into them, and names
 * their package in module-info's package list so a modular jar can load them. Where the flow pass runs, their code
 * is rewritten by it too, at its maximum strength ({@link FlowObfuscationPass#transformRuntime}): the decoder is the
 * first thing an attacker reads, and its source would otherwise decompile and recompile as written; its code runs
 * as call sites link and classes initialize, so that costs the program's loops nothing.
 */
public final class RuntimePass implements Pass {

  private final boolean flow;

  /** @param flow whether the flow pass runs: it rewrites the runtime's classes too */
  public RuntimePass(boolean flow) {
    this.flow = flow;
  }

  @Override
  public String name() {
    return "runtime";
  }

  @Override
  public Program apply(Program program, PassContext context) {
    RuntimeLibrary runtime = context.runtime();
    if (!runtime.used()) {
      return program;
    }
    TreeMap<String, ProgramClass> classes = new TreeMap<>(program.classes());
    List<ClassNode> added = runtime.classes();
    if (flow) {
      FlowObfuscationPass pass = new FlowObfuscationPass();
      Hierarchy hierarchy = context.model().hierarchy().plus(added);
      added.forEach(node -> pass.transformRuntime(node, hierarchy, context));
    }
    for (ClassNode node : added) {
      classes.put(node.name, new ProgramClass(node, 0, "jarmor runtime", ""));
    }
    ProgramClass moduleInfo = classes.get("module-info");
    if (moduleInfo != null && moduleInfo.node().module != null && moduleInfo.node().module.packages != null) {
      ClassNode copy = new ClassNode();
      moduleInfo.node().accept(copy);
      copy.module.packages = new ArrayList<>(copy.module.packages);
      copy.module.packages.add(runtime.packageName());
      classes.put("module-info", moduleInfo.with(copy));
    }
    return new Program(classes, program.versioned(), program.resources(), program.manifest(), program.layout(),
        program.contentSeed());
  }
}
