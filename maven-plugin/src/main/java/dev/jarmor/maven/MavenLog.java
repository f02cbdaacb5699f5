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
 * What core reports, in the Maven log: a check's progress as info ({@code jarmor: level 1, wire open: tests}),
 * warnings as warnings, each once (a check protects one program once per variant and would repeat them), and a
 * protect run's stages ({@code jarmor: rename (120)}) as debug: a build log shows a plugin's outcome, the protect
 * goal's in the lines around the run.
 */
final class MavenLog implements CheckListener {

  private final Log log;
  private final Set<String> warned = new HashSet<>();

  MavenLog(Log log) {
    this.log = log;
  }

  @Override
  public void stage(String name, int total) {
    log.debug("jarmor: " + name + (total >= 0 ? " (" + total + ")" : ""));
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
