package dev.jarmor.passes;

import dev.jarmor.input.ProgramClass;
import dev.jarmor.passes.encrypt.DecryptionChecks;
import dev.jarmor.passes.keys.ClassKeys;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.plan.Plan;
import dev.jarmor.profile.HotMethods;
import java.util.SortedMap;
import java.util.SplittableRandom;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What a pass is given besides the program: the plan, the build's seed, the classes it may touch, the output model
 * and the keys of its classes (from renaming on), the runtime it may call into, what the run-time checks give
 * encrypted code, the log it reports to and the few choices of the user's that change how, not what, a pass
 * rewrites. What is kept, and why, a pass reads from the plan.
 *
 * @param model the program as renaming leaves it; null for the passes that run before ({@link Pass#beforeOutputNames})
 * @param keys the keys of its classes, which the constants passes encrypt with; null with the model
 */
public record PassContext(Plan plan, long seed, PassScope scope, OutputModel model, ClassKeys keys,
    RuntimeLibrary runtime, DecryptionChecks decryptionChecks, PassLog log, Choices choices) {

  /**
   * @param keepLines {@code --keep-lines}: line numbers moved, never reduced to one per method
   * @param sourceFileName {@code --source-file-name}: what every SourceFile attribute becomes
   * @param languageOptions each installed language's options as the user gave them
   * @param fullStrength level 4: the passes at full strength on every method the profile does not name
   * @param hot the methods the profile names hot ({@code --hot}), which keep level 3's treatment at level 4
   */
  public record Choices(boolean keepLines, String sourceFileName, SortedMap<String, String> languageOptions,
      boolean fullStrength, HotMethods hot) {}

  /** This context once the program has the output's names, described by {@code model}. */
  public PassContext with(OutputModel model) {
    return new PassContext(plan, seed, scope, model, new ClassKeys(seed, scope, model, decryptionChecks), runtime,
        decryptionChecks, log, choices);
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
   * Whether {@code pass} gives the method its full strength, level 4's, rather than level 3's treatment within the
   * JIT's limits: at level 4, on every method but those the profile names hot, for each of which the pass logs why
   * it spared it.
   */
  public boolean fullStrength(String pass, ClassNode node, MethodNode method) {
    if (!choices.fullStrength()) {
      return false;
    }
    String why = choices.hot().why(model.originalNames().className(node.name),
        model.originalNames().method(node.name, method.name + method.desc));
    if (why == null) {
      return true;
    }
    log.skipped(pass, node.name, method.name + method.desc, "spared, " + why + ": level 3's treatment");
    return false;
  }

  /**
   * The random source of one pass in one class: seeded by the build's seed, the pass and the class,
   * so a class's output does not depend on the order classes are processed in or on other classes.
   */
  public SplittableRandom random(String pass, String className) {
    return random(seed, pass, className);
  }

  /** The random source of one pass in one class of the build whose seed is {@code seed}. */
  public static SplittableRandom random(long seed, String pass, String className) {
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
