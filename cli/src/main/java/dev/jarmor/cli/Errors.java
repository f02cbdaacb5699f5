package dev.jarmor.cli;

import dev.jarmor.JarmorException;
import java.io.PrintStream;
import java.util.List;
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
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
        && !unmatched.getUnmatched().isEmpty()) {
      suggestion = "; did you mean " + String.join(" or ", closest(unmatched.getUnmatched().get(0),
          unmatched.getSuggestions())) + "?";
    }
    err.println("jarmor: error: " + e.getMessage() + suggestion + " (see 'jarmor help "
        + e.getCommandLine().getCommandName() + "')");
    return JarmorException.Kind.USAGE.exitCode();
  }

  /** The candidates nearest to what was typed, by edit distance: picocli offers every option sharing a prefix. */
  private static List<String> closest(String typed, List<String> candidates) {
    int best = candidates.stream().mapToInt(c -> distance(typed, c)).min().orElse(0);
    return candidates.stream().filter(c -> distance(typed, c) == best).toList();
  }

  /** Levenshtein's distance: insertions, deletions and substitutions. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  int execution(Exception e, CommandLine commandLine, ParseResult parseResult) {
    boolean debug = isDebug(parseResult);
    if (e instanceof JarmorException je) {
      err.println("jarmor: error: " + je.userMessage());
      if (debug) {
        if (je.detail() != null) {
          err.println(je.detail());
        }
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
