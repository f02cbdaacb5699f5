package dev.jarmor.passes;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.LibraryClasses;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.OriginalNames;
import dev.jarmor.plan.Plan;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * The program as renaming leaves it, described once for every later pass and for verification: its hierarchy under
 * the output's names (its library classes those the input's hierarchy read), the input's names of its classes and
 * methods, and, where a pass keeps the JIT's limits, the length of every method before any code pass. No pass after
 * renaming changes a class's supertypes or adds a method the hierarchy must know, so the one description holds
 * for all of them.
 */
public final class OutputModel {

  private final Hierarchy hierarchy;
  private final OriginalNames originalNames;
  private final MethodLengths lengths;

  private OutputModel(Hierarchy hierarchy, OriginalNames originalNames, MethodLengths lengths) {
    this.hierarchy = hierarchy;
    this.originalNames = originalNames;
    this.lengths = lengths;
  }

  /**
   * @param program the program with the output's names, before any code pass
   * @param measure whether a pass will compare its methods' growth with their lengths ({@link JitLimits})
   */
  public static OutputModel of(Program program, Plan plan, LibraryClasses libraries, boolean measure) {
    return new OutputModel(Hierarchy.of(program, libraries), plan.originalNames(),
        measure ? MethodLengths.of(program) : MethodLengths.NONE);
  }

  /** The output's hierarchy, by output names: for frames, verification and call resolution. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** The hierarchy of the final output: this one with the classes the passes added (the runtime's). */
  public Hierarchy hierarchyOf(Program output) {
    List<ClassNode> added = output.classes().values().stream().map(ProgramClass::node)
        .filter(node -> (node.access & Opcodes.ACC_MODULE) == 0 && !hierarchy.isProgramClass(node.name)).toList();
    return hierarchy.plus(added);
  }

  /** The input's names of the output's classes and methods. */
  public OriginalNames originalNames() {
    return originalNames;
  }

  MethodLengths lengths() {
    return lengths;
  }
}
