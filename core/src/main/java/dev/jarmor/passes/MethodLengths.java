package dev.jarmor.passes;

import dev.jarmor.input.ProgramClass;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The length of each method's code as the first code pass to see its class received it: the original's, since
 * renaming changes no length. {@link JitLimits} measures every later growth against it, so passes running one
 * after the other cannot together push a method across a limit that each alone stays within.
 */
public final class MethodLengths {

  private final Map<String, Map<String, Integer>> byClass = new ConcurrentHashMap<>();

  /** The lengths of the class's methods, measured on first sight. */
  Map<String, Integer> of(ProgramClass pc) {
    return byClass.computeIfAbsent(pc.release() + ":" + pc.name(), key -> measure(pc.node()));
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
