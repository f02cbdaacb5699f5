package dev.jarmor.cli;

import dev.jarmor.JarmorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code jarmor} command: protect, explain, check, retrace, presets and demo. Exit codes: 0 success, 1 the
 * demo's outputs differ, 2 usage, 3 bad input, 4 internal error or out of memory, 5 verification failed, 6 a checked variant does
 * not behave like the original ({@link CheckCommand#DIFFERS}).
 */
@Command(name = "jarmor", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Protects JVM programs and keeps them working wherever a name crosses a boundary.",
    subcommands = {ProtectCommand.class, ExplainCommand.class, CheckCommand.class, RetraceCommand.class,
        PresetsCommand.class, LicenseCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  /** How a user of the CLI raises the JVM's maximum heap, {@code %s} standing for the option. */
  static final String RAISE_HEAP = "JARMOR_JAVA_OPTS=%s for ./jarmor, java %s -jar jarmor.jar otherwise";

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
    commandLine.setExecutionStrategy(Main::runReportingOutOfMemory);
    return commandLine.execute(args);
  }

  /**
   * Runs the command; the JVM running out of memory is an error like any other, reported by {@link Errors} once the
   * command's data is unreachable (picocli hands only exceptions to the handler, an error would end the JVM with a
   * stack trace).
   */
  private static int runReportingOutOfMemory(ParseResult parseResult) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (OutOfMemoryError e) {
      throw new ExecutionException(parseResult.commandSpec().commandLine(), "out of memory",
          JarmorException.outOfMemory(e, RAISE_HEAP));
    }
  }
}
