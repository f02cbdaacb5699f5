package dev.jarmor.passes;

import dev.jarmor.input.LibraryPath;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.plan.Plan;
import java.util.SplittableRandom;

/**
 * What a pass is given besides the program: the plan, the build's seed, the classes it may touch,
 * the libraries (for frames computed through the hierarchy), the runtime it may call into and the
 * log it reports to.
 *
 * @param options the user's choices a pass reads ({@code --keep-lines}, {@code --source-file-name}); what
 *     is kept, and why, it reads from the plan
 * @param lengths the methods' lengths before any code pass, for the JIT limits
 */
public record PassContext(Plan plan, long seed, PassScope scope, LibraryPath libraries, RuntimeLibrary runtime,
    PassLog log, dev.jarmor.ProtectOptions options, MethodLengths lengths) {

  /**
   * The random source of one pass in one class: seeded by the build's seed, the pass and the class,
   * so a class's output does not depend on the order classes are processed in or on other classes.
   */
  public SplittableRandom random(String pass, String className) {
    long h = seed;
    for (String part : new String[] {pass, className}) {
      for (int i = 0; i < part.length(); i++) {
        h = (h ^ part.charAt(i)) * 0x100000001B3L;
      }
      h = Long.rotateLeft(h, 29) * 0x9E3779B97F4A7C15L;
    }
    return new SplittableRandom(h);
  }
}
