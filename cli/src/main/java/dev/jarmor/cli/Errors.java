package dev.jarmor.cli;

import dev.jarmor.JarmorException;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line {@code jarmor: error: <what> (<where>)} on stderr and its
 * documented exit code; a stack trace only with {@code --debug} or for an internal error asked to.
 */
final class Errors {

  private final PrintStream err;

  Errors(PrintStream err) {
    this.err = err;
  }

  int usage(ParameterException e, String[] args) {
    String suggestion = "";
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      suggestion = "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
    }
    err.println("jarmor: error: " + e.getMessage() + suggestion + " (see 'jarmor help "
        + e.getCommandLine().getCommandName() + "')");
    return JarmorException.Kind.USAGE.exitCode();
  }

  int execution(Exception e, CommandLine commandLine, ParseResult parseResult) {
    boolean debug = isDebug(parseResult);
    if (e instanceof JarmorException je) {
      err.println("jarmor: error: " + je.userMessage());
      if (debug) {
        e.printStackTrace(err);
      }
      return je.kind().exitCode();
    }
    err.println("jarmor: error: internal error: " + e + (debug ? "" : " (run with --debug for the stack trace)"));
    if (debug) {
      e.printStackTrace(err);
    }
    return JarmorException.Kind.INTERNAL.exitCode();
  }

  private static boolean isDebug(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
