package dev.jarmor.passes;

import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The length of each method's code before any code pass, measured once for every class as renaming leaves it
 * (renaming changes no length): {@link JitLimits} measures every later growth against it, so passes running one
 * after the other cannot together push a method across a limit that each alone stays within, and the answer does
 * not depend on which pass sees a class first.
 */
final class MethodLengths {

  /** For a pipeline in which no pass compares lengths. */
  static final MethodLengths NONE = new MethodLengths(Map.of());

  private final Map<String, Map<String, Integer>> byClass;

  private MethodLengths(Map<String, Map<String, Integer>> byClass) {
    this.byClass = byClass;
  }

  /** The lengths of every method of every class of the program, base classes and release variants. */
  static MethodLengths of(Program program) {
    Map<String, Map<String, Integer>> byClass = new ConcurrentHashMap<>();
    program.allClasses().parallelStream().forEach(pc -> byClass.put(key(pc), measure(pc.node())));
    return new MethodLengths(byClass);
  }

  /** The lengths of the class's methods by {@code name + descriptor}; none for a class the passes added. */
  Map<String, Integer> of(ProgramClass pc) {
    return byClass.getOrDefault(key(pc), Map.of());
  }

  private static String key(ProgramClass pc) {
    return pc.release() + ":" + pc.name();
  }

  private static Map<String, Integer> measure(ClassNode node) {
    Map<String, Integer> lengths = new HashMap<>();
    ClassWriter probe = JitLimits.probe();
    for (MethodNode method : node.methods) {
      if (method.instructions.size() > 0) {
        lengths.put(method.name + method.desc, JitLimits.length(method, probe));
      }
    }
    return lengths;
  }
}
