package dev.jarmor.cli;

import dev.jarmor.Jarmor;
import dev.jarmor.ProtectResult;
import dev.jarmor.input.Layout;
import dev.jarmor.report.RenameStats;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jarmor protect}: reads, transforms at the chosen level, verifies and writes a protected jar. */
@Command(name = "protect", description = "Protect a program and write the protected jar.", mixinStandardHelpOptions = true)
final class ProtectCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;
  @Mixin OutputOptions output;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "<out.jar>", description = "The jar to write.")
  Path out;

  @Option(names = "--mapping", paramLabel = "<file>", description = "Write the name mapping (ProGuard mapping.txt format).")
  Path mapping;

  @Option(names = "--verify-load", description = "Also load and link every output class in a fresh JVM.")
  boolean verifyLoad;

  @Override
  public Integer call() {
    ConsoleListener listener = new ConsoleListener(System.err, output.quiet);
    ProtectResult result = Jarmor.protect(
        engine.toBuilder().output(out).mapping(mapping).verifyLoad(verifyLoad).build(), listener);
    if (!output.quiet) {
      if (result.layout().kind() != Layout.Kind.JAR) {
        System.err.printf("jarmor: read %s as a %s%n", engine.inputs.get(0), result.layout().describe());
      }
      System.err.printf("jarmor: wrote %s: %s; %d names kept (seed %d)%n", out,
          RenameStats.of(result.plan()), result.plan().keptCount(), result.seed());
    }
    return 0;
  }
}
