package dev.jarmor.cli;

import dev.jarmor.rules.Presets;
import dev.jarmor.rules.Presets.Preset;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jarmor presets}: what each {@code --preset} keeps; with a name, its rules as written. */
@Command(name = "presets", description = "List the presets for --preset, or print one's rules.",
    mixinStandardHelpOptions = true)
final class PresetsCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "<name>", description = "Print this preset's rules.")
  String name;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    if (name != null) {
      out.print(Presets.named(name).text());
      return 0;
    }
    int width = Presets.all().stream().mapToInt(p -> p.name().length()).max().orElse(0);
    for (Preset preset : Presets.all()) {
      out.printf("%-" + width + "s  %s%n", preset.name(), preset.description());
    }
    out.println();
    out.println("Use: jarmor protect ... --preset <name>[,<name>...]; 'jarmor presets <name>' prints its rules.");
    out.println("Applied without --preset where their framework is among the libraries (unless --no-consumer-rules): "
        + String.join(", ", Presets.all().stream().filter(p -> p.library() != null).map(Preset::name).toList()) + ".");
    return 0;
  }
}
