package dev.jarmor.maven;

import dev.jarmor.check.CheckFormatter;
import dev.jarmor.check.CheckListener;
import dev.jarmor.check.Variant;
import dev.jarmor.check.VariantResult;
import dev.jarmor.check.fix.FixSearch;
import java.util.HashSet;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;

/**
 * What core reports, in the Maven log: a protect run's stages and a check's progress as info ({@code jarmor: rename
 * (120)}, {@code jarmor: level 1, wire open: tests}), warnings as warnings, each once: a check protects one program
 * once per variant and would repeat them. A check's own protect runs say no stages, as the CLI's do not.
 */
final class MavenLog implements CheckListener {

  private final Log log;
  private final boolean stages;
  private final Set<String> warned = new HashSet<>();

  /** @param stages whether the stages of protect runs are logged */
  MavenLog(Log log, boolean stages) {
    this.log = log;
    this.stages = stages;
  }

  @Override
  public void stage(String name, int total) {
    if (stages) {
      log.info("jarmor: " + name + (total >= 0 ? " (" + total + ")" : ""));
    }
  }

  @Override
  public synchronized void warning(String message) {
    if (warned.add(message)) {
      log.warn("jarmor: " + message);
    }
  }

  @Override
  public void running(String build, String what) {
    log.info("jarmor: " + build + ": " + what);
  }

  @Override
  public void variantDone(VariantResult result) {
    log.info("jarmor: " + result.variant() + ": " + (result.passed() ? "behaves like the original" : "differs"));
  }

  @Override
  public void fixRun(Variant variant, int run, int budget, String what) {
    log.info("jarmor: fix: " + variant + ": run " + run + " of " + budget + ": " + what);
  }

  @Override
  public void fixDone(Variant variant, FixSearch.Result result) {
    log.info("jarmor: fix: " + result.failure().where() + ": " + CheckFormatter.outcome(result));
  }
}
