package dev.jarmor.cli;

import picocli.CommandLine.Option;

/** How much the command says: {@code -q} for quiet, {@code --debug} for stack traces and details. */
final class OutputOptions {

  @Option(names = {"-q", "--quiet"}, description = "Print no progress; warnings and errors only.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces with errors, and what else is known (the verifier's"
      + " frame).")
  boolean debug;
}
