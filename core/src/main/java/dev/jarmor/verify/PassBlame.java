package dev.jarmor.verify;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.LibraryClasses;
import dev.jarmor.input.ProgramClass;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which pass made a method stop verifying: the passes run again ({@link Replay}) and the method is verified
 * after each, against the hierarchy of the program as that pass left it. Only a failure pays for this. A method
 * is found by its input names until renaming has run, by its output names after.
 */
final class PassBlame {

  private PassBlame() {}

  /** The name of the first pass after which the method does not verify; null if none is found to break it. */
  static String of(MethodId original, MethodId output, Replay replay, LibraryClasses libraries) {
    String[] culprit = {null};
    replay.run((pass, program, renamed) -> {
      MethodId id = renamed ? output : original;
      ProgramClass pc = id.classIn(program);
      MethodNode method = pc == null ? null : BytecodeVerifier.method(pc.node(), id.method());
      if (method != null && BytecodeVerifier.check(pc, method, Hierarchy.of(program, libraries)).failure() != null) {
        culprit[0] = pass;
      }
      return culprit[0] == null;
    });
    return culprit[0];
  }
}
