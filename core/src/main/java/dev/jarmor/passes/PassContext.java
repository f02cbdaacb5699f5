package dev.jarmor.passes;

import dev.jarmor.input.ProgramClass;
import dev.jarmor.passes.encrypt.DecryptionChecks;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.plan.Plan;
import java.util.SortedMap;
import java.util.SplittableRandom;
import org.objectweb.asm.tree.ClassNode;

/**
 * What a pass is given besides the program: the plan, the build's seed, the classes it may touch, the output model
 * (from renaming on), the runtime it may call into, what the run-time checks give encrypted code, the log it reports
 * to and the few choices of the user's that change how, not what, a pass rewrites. What is kept, and why, a pass
 * reads from the plan.
 *
 * @param model the program as renaming leaves it; null for the passes that run before ({@link Pass#beforeOutputNames})
 */
public record PassContext(Plan plan, long seed, PassScope scope, OutputModel model, RuntimeLibrary runtime,
    DecryptionChecks decryptionChecks, PassLog log, Choices choices) {

  /**
   * @param keepLines {@code --keep-lines}: line numbers moved, never reduced to one per method
   * @param sourceFileName {@code --source-file-name}: what every SourceFile attribute becomes
   * @param languageOptions each installed language's options as the user gave them
   */
  public record Choices(boolean keepLines, String sourceFileName, SortedMap<String, String> languageOptions) {}

  /** This context once the program has the output's names, described by {@code model}. */
  public PassContext with(OutputModel model) {
    return new PassContext(plan, seed, scope, model, runtime, decryptionChecks, log, choices);
  }

  /**
   * The tree a pass may rewrite: a copy of an input class's, which every pass leaves as it is (verification compares
   * the output with it and finds the pass that broke a method by running the passes on it again); a class a pass
   * made, itself, since nothing else holds the program a pass is given (each pass's result replaces it), so copying
   * it would only cost time.
   */
  public static ClassNode writable(ProgramClass pc) {
    if (!pc.readFromInput()) {
      return pc.node();
    }
    ClassNode copy = new ClassNode();
    pc.accept(copy);
    return copy;
  }

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
