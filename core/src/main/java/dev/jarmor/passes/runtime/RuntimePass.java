package dev.jarmor.passes.runtime;

import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.passes.Pass;
import dev.jarmor.passes.PassContext;
import java.util.ArrayList;
import java.util.TreeMap;
import org.objectweb.asm.tree.ClassNode;

/**
 * Adds the relocated runtime classes to the output when an earlier pass calls into them, and names
 * their package in module-info's package list so a modular jar can load them.
 */
public final class RuntimePass implements Pass {

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
    for (ClassNode node : runtime.classes()) {
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
