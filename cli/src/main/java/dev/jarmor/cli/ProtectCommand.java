package dev.jarmor.cli;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorException;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.input.Layout;
import dev.jarmor.report.RenameStats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jarmor protect}: reads, transforms at the chosen level, verifies and writes a protected jar. */
@Command(name = "protect", description = "Protect a program and write the protected jar.", mixinStandardHelpOptions = true)
final class ProtectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin EngineOptions engine;
  @Mixin OutputOptions output;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "<out.jar>", description = "The jar to write.")
  Path out;

  @Option(names = "--mapping", paramLabel = "<file>", description = "Write the name mapping (ProGuard mapping.txt format).")
  Path mapping;

  @Option(names = "--verify-load", description = "Also load and link every output class in a fresh JVM.")
  boolean verifyLoad;

  @Option(names = "--license", paramLabel = "<vendor.pub|vendor.key>",
      description = "The protected program runs only with a license signed by this key's owner ('jarmor license"
          + " keygen' writes the pair, 'jarmor license issue' the licenses). The private key also puts the key of"
          + " --encrypt's code in each license, not in the jar, and signs --guard tamper's seal.")
  Path license;

  @Option(names = "--license-name", paramLabel = "<name>", defaultValue = ProtectOptions.Licensing.DEFAULT_NAME,
      description = "The name the program's customers see: it looks for <name>.lic, -D<name>.license and"
          + " <NAME>_LICENSE, and names itself in its license errors and guard lines. Default: ${DEFAULT-VALUE}.")
  String licenseName;

  @Option(names = "--guard", paramLabel = "debugger,agents,tamper", split = ",",
      description = "The protected program refuses to run under a debugger (debugger), with an agent you do not"
          + " allow, given at start or attached later (agents), or with a class file changed after protection"
          + " (tamper).")
  List<String> guards = new ArrayList<>();

  @Option(names = "--guard-allow-agent", paramLabel = "<glob>",
      description = "With --guard agents: an agent the program runs with, a glob over its jar or library file name"
          + " (newrelic*.jar). Repeatable.")
  List<String> allowedAgents = new ArrayList<>();

  @Option(names = "--on-guard", paramLabel = "exit|throw|<class>.<method>", defaultValue = "exit",
      description = "exit (default): a tripped guard prints one line and exits with status 78; throw: it throws a"
          + " SecurityException; <class>.<method>: it calls that static method of the program with the line.")
  String onGuard;

  @Option(names = "--license-product", paramLabel = "<id>",
      description = "Accept only licenses issued for this product (license issue --product).")
  String licenseProduct;

  @Option(names = "--on-license-error", paramLabel = "exit|throw", defaultValue = "exit",
      description = "exit (default): a failed license check prints one line and exits with status 77; throw: it"
          + " throws dev.jarmor.license.LicenseException.")
  String onLicenseError;

  @Override
  public Integer call() {
    ConsoleListener listener = new ConsoleListener(System.err, output.quiet);
    ProtectResult result = Jarmor.protect(engine.toBuilder().output(out).mapping(mapping).verifyLoad(verifyLoad)
        .licensing(licensing()).guarding(guarding()).build(), listener);
    if (!output.quiet) {
      if (result.layout().kind() != Layout.Kind.JAR) {
        System.err.printf("jarmor: read %s as a %s%n", engine.inputs.get(0), result.layout().describe());
      }
      System.err.printf("jarmor: wrote %s: %s; %d names kept (seed %d)%n", out,
          RenameStats.of(result.plan()), result.plan().keptCount(), result.seed());
    }
    return 0;
  }

  private ProtectOptions.Licensing licensing() {
    if (license == null) {
      for (String companion : new String[] {"--license-product", "--on-license-error"}) {
        requires(companion, "--license <vendor.pub|vendor.key>");
      }
      if (guards.isEmpty()) {
        requires("--license-name", "--license <vendor.pub|vendor.key> or --guard");
      }
      return null;
    }
    return new ProtectOptions.Licensing(license, licenseName, licenseProduct,
        ProtectOptions.Licensing.OnError.parse(onLicenseError));
  }

  private ProtectOptions.Guarding guarding() {
    if (guards.isEmpty()) {
      requires("--guard-allow-agent", "--guard agents");
      requires("--on-guard", "--guard");
      return null;
    }
    return ProtectOptions.Guarding.of(guards, allowedAgents, onGuard, licenseName);
  }

  /** A usage error (exit 2) if {@code option} was given without what it needs. */
  private void requires(String option, String needs) {
    if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
      throw JarmorException.usage(option + " needs " + needs);
    }
  }
}
