package dev.jarmor.cli;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.ProtectOptions;
import dev.jarmor.report.ExplainWriter;
import dev.jarmor.report.JsonReport;
import dev.jarmor.report.PassSummary;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jarmor explain}: prints, per class, what protection would rename and what it keeps and why. */
@Command(name = "explain", description = "Print per class what is kept and why; write nothing but --report.",
    mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    ProtectOptions options = engine.toBuilder().build();
    try (Analysis analysis = Jarmor.analyze(options, new ConsoleListener(System.err, true))) {
      ExplainWriter.write(analysis.plan(), new PrintWriter(System.out, false, StandardCharsets.UTF_8));
      if (engine.report != null) {
        JsonReport.write(analysis.plan(), PassSummary.analysisOnly(options), engine.report);
      }
    }
    return 0;
  }
}
