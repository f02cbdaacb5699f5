package dev.jarmor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jarmor} command: protect, explain, check, retrace, presets and demo. Exit codes: 0 success, 1 the
 * demo's outputs differ, 2 usage, 3 bad input, 4 internal error, 5 verification failed, 6 a checked variant does
 * not behave like the original ({@link CheckCommand#DIFFERS}).
 */
@Command(name = "jarmor", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Protects JVM programs and keeps them working wherever a name crosses a boundary.",
    subcommands = {ProtectCommand.class, ExplainCommand.class, CheckCommand.class, RetraceCommand.class,
        PresetsCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  /** When the command started, as early as this JVM lets us know: progress times count from here. */
  static final long STARTED = System.nanoTime();

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; never exits the JVM itself. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    Errors errors = new Errors(System.err);
    commandLine.setParameterExceptionHandler(errors::usage);
    commandLine.setExecutionExceptionHandler(errors::execution);
    return commandLine.execute(args);
  }
}
