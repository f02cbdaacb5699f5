package dev.jarmor.passes;

import dev.jarmor.JarmorException;
import dev.jarmor.ProtectOptions;
import dev.jarmor.passes.debug.DebugNamesPass;
import dev.jarmor.passes.debug.LineNumberPass;
import dev.jarmor.passes.encrypt.EncryptionPass;
import dev.jarmor.passes.flow.FlowObfuscationPass;
import dev.jarmor.passes.keys.ClassKeyPass;
import dev.jarmor.passes.numbers.NumberPass;
import dev.jarmor.passes.references.ReferenceHidingPass;
import dev.jarmor.passes.rename.RenamePass;
import dev.jarmor.passes.runtime.RuntimePass;
import dev.jarmor.passes.serial.SerialVersionPass;
import dev.jarmor.passes.strings.StringEncryptionPass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The passes a protection level runs, in the order they run. Each switchable pass has a name ({@code --strings},
 * {@code --no-flow}) and the lowest level that includes it; a switch wins over the level. The serialVersionUID pins
 * come first, on the original classes, whatever runs after them; the classes' keys are registered after the code
 * passes, once every pass has said which classes encrypt under theirs ({@link ClassKeyPass}); the runtime classes
 * come last, once every pass has said which it calls. Line numbers are always mapped: where {@code debug-info} does
 * not remove them, they are moved before the runtime comes ({@link LineNumberPass#moving()}), so that every level's
 * mapping retraces exactly.
 */
public final class Pipeline {

  /**
   * The highest level: every pass of level 3 at full strength on every method, small ones and loops included,
   * except the methods a profile names hot ({@link dev.jarmor.profile.HotMethods}), which keep level 3's treatment.
   */
  public static final int MAX_LEVEL = 4;

  /** A pass that can be switched on or off by name. */
  public enum Step {
    RENAME("rename", 1, RenamePass::new),
    DEBUG_NAMES("debug-names", 1, DebugNamesPass::new),
    STRINGS("strings", 2, StringEncryptionPass::new),
    DEBUG_INFO("debug-info", 2, LineNumberPass::removing),
    REFERENCES("references", 3, ReferenceHidingPass::new),
    FLOW("flow", 3, FlowObfuscationPass::new),
    // after flow, so the constants of its predicates and dispatchers are masked too
    NUMBERS("numbers", 2, NumberPass::new),
    // last: the bodies it encrypts are as every other pass left them; only its switch selects it
    ENCRYPT("encrypt", MAX_LEVEL + 1, EncryptionPass::new);

    private final String switchName;
    private final int level;
    private final Supplier<Pass> factory;

    Step(String switchName, int level, Supplier<Pass> factory) {
      this.switchName = switchName;
      this.level = level;
      this.factory = factory;
    }

    /** The name of its {@code --<name>} and {@code --no-<name>} switches. */
    public String switchName() {
      return switchName;
    }

    /** The lowest level that runs it. */
    public int level() {
      return level;
    }

    /**
     * Whether {@code --include} and {@code --exclude} choose the classes it changes: true of the code passes, false
     * of renaming, whose names the plan decides, and of line numbers, which every class needs mapped.
     */
    public boolean scoped() {
      return factory.get() instanceof CodePass;
    }
  }

  private Pipeline() {}

  /** The switchable passes, in running order. */
  public static List<Step> steps() {
    return List.of(Step.values());
  }

  /** The steps the options switch on. */
  public static List<Step> selected(ProtectOptions options) {
    if (options.level() < 0 || options.level() > MAX_LEVEL) {
      throw JarmorException.usage("--level takes 0 to " + MAX_LEVEL + ", not " + options.level());
    }
    for (String name : options.passSwitches().keySet()) {
      if (Arrays.stream(Step.values()).noneMatch(s -> s.switchName.equals(name))) {
        throw JarmorException.usage("no pass named '" + name + "'; passes: "
            + String.join(", ", steps().stream().map(Step::switchName).toList()));
      }
    }
    return steps().stream()
        .filter(s -> options.passSwitches().getOrDefault(s.switchName, options.level() >= s.level))
        .toList();
  }

  /**
   * The passes to run, in order; empty at level 0 with no pass switched on and no run-time check.
   *
   * @param checks the pass that weaves the licence check and the guards in, or null for a program without them
   */
  public static List<Pass> passes(ProtectOptions options, Pass checks) {
    return passes(selected(options), checks);
  }

  /**
   * The passes that run the given steps, in order, with the pins and the run-time checks before and the runtime
   * after them; at level 0, the pins and the checks alone.
   */
  public static List<Pass> passes(List<Step> steps, Pass checks) {
    List<Pass> passes = new ArrayList<>();
    if (steps.isEmpty() && checks == null) {
      return passes;
    }
    passes.add(new SerialVersionPass());
    if (checks != null) {
      passes.add(checks);
    }
    if (steps.isEmpty()) {
      return passes;
    }
    steps.forEach(step -> passes.add(step.factory.get()));
    passes.add(new ClassKeyPass());
    if (!steps.contains(Step.DEBUG_INFO)) {
      passes.add(LineNumberPass.moving());
    }
    passes.add(new RuntimePass(steps.contains(Step.FLOW)));
    return passes;
  }
}
