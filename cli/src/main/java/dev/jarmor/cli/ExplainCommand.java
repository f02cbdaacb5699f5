package dev.jarmor.cli;

import dev.jarmor.Explanation;
import dev.jarmor.Jarmor;
import dev.jarmor.ProtectOptions;
import dev.jarmor.report.ExplainWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code jarmor explain}: prints a summary, what each pass of the level changes and leaves alone, and
 * per class what protection would rename and what it keeps and why.
 */
@Command(name = "explain", description = "Print a summary, what each pass changes and leaves alone, and per class "
    + "what is kept and why; write nothing but --report and --report-html.", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    ProtectOptions options = engine.toBuilder().build();
    Explanation explanation = Jarmor.explain(options, new ConsoleListener(System.err, true));
    ExplainWriter.write(explanation.plan(), explanation.passes(),
        new PrintWriter(System.out, false, StandardCharsets.UTF_8));
    return 0;
  }
}
