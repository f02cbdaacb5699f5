package dev.jarmor.passes;

import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A pass that rewrites code class by class: every class the {@link PassScope} gives it (base and
 * multi-release variants, never module descriptors) is handed to {@link #transform}, as a copy where it is
 * the input's ({@link PassContext#writable}); a class it leaves unchanged is kept as the same object, so
 * {@link #transform} changes nothing of a class where it returns 0.
 */
public abstract class CodePass implements Pass {

  /** The original lengths of the methods of each class being transformed, by the node handed to the pass. */
  private final Map<ClassNode, Map<String, Integer>> originalLengths =
      Collections.synchronizedMap(new IdentityHashMap<>());

  @Override
  public final Program apply(Program program, PassContext context) {
    return program.mapClasses(pc -> (pc.node().access & Opcodes.ACC_MODULE) == 0
        && context.scope().includes(name(), context.model().originalNames().className(pc.name()))
        ? transformed(pc, context) : pc);
  }

  /** Whether the pass compares a method's growth with its length before any code pass ({@link #originalLength}). */
  public boolean keepsJitLimits() {
    return false;
  }

  private ProgramClass transformed(ProgramClass pc, PassContext context) {
    ClassNode node = PassContext.writable(pc);
    originalLengths.put(node, context.model().lengths().of(pc));
    int sites;
    try {
      sites = transform(node, context);
    } finally {
      originalLengths.remove(node);
    }
    if (sites == 0) {
      return pc;
    }
    context.log().changed(name(), sites);
    return pc.with(node);
  }

  /** Rewrites {@code node}, which the pass may change; returns how many sites it changed (0: none, and so nothing). */
  protected abstract int transform(ClassNode node, PassContext context);

  /**
   * The length of the method's code before any code pass ({@link MethodLengths}), or, for a method a pass
   * added, its length now: what {@link JitLimits} compares a rewrite with.
   */
  protected final int originalLength(ClassNode node, MethodNode method) {
    Integer length = originalLengths.get(node).get(method.name + method.desc);
    return length != null ? length : JitLimits.length(method);
  }

  /** Whether the JVM takes the method as it is now: its code within 65535 bytes. */
  protected static boolean fits(MethodNode method) {
    if (method.instructions.size() == 0) {
      return true;
    }
    ClassWriter writer = JitLimits.probe();
    method.accept(writer);
    try {
      writer.toByteArray();
      return true;
    } catch (MethodTooLargeException e) {
      return false;
    }
  }

  /** A copy of a method, to fall back on when a rewrite does not fit. */
  protected static MethodNode copy(MethodNode method) {
    MethodNode copy = new MethodNode(method.access, method.name, method.desc, method.signature,
        method.exceptions.toArray(new String[0]));
    method.accept(copy);
    return copy;
  }
}
