package dev.jarmor.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Compares a variant's run of a sequence with the original's: each command's exit status, stdout and stderr (the
 * first differing line of each, after dropping the lines an {@code --ignore} expression is found in), then the
 * files in the working directory by content.
 *
 * <p>The variant's output is retraced before it is compared, so that a stack trace or a class name it prints
 * compares by original names: protection changes names, and the check asks whether behaviour changed. Files are
 * compared byte for byte: what a program writes is data another program may read.
 */
final class RunComparison {

  private static final Pattern FRAME = Pattern.compile("^\\s+at \\S+\\(.*\\)$");
  private static final Pattern TRACE_LINE = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)|^\\s*(Caused by|Suppressed): ");
  private static final int TRACE_LINES = 30;
  private static final String END = "(end of output)";

  private final List<Pattern> ignore;

  RunComparison(List<Pattern> ignore) {
    this.ignore = List.copyOf(ignore);
  }

  /**
   * The differences, empty when the runs match.
   *
   * @param retrace turns the variant's output into original names
   */
  List<Difference> compare(SequenceRun original, SequenceRun variant, UnaryOperator<String> retrace) {
    List<Difference> differences = new ArrayList<>();
    for (int i = 0; i < original.commands().size(); i++) {
      CommandOutcome expected = original.commands().get(i);
      CommandOutcome actual = variant.commands().get(i);
      String command = "command " + (i + 1);
      List<String> stdout = lines(retrace.apply(actual.stdout()));
      List<String> stderr = lines(retrace.apply(actual.stderr()));
      if (!expected.status().equals(actual.status())) {
        String trace = firstTrace(stderr, 0);
        differences.add(new Difference(command + " exit status", expected.status(), actual.status(),
            trace != null ? trace : firstTrace(stdout, 0)));
      }
      stream(command + " stdout", lines(expected.stdout()), stdout, differences);
      stream(command + " stderr", lines(expected.stderr()), stderr, differences);
    }
    for (String file : new TreeSet<>(union(original, variant))) {
      String expected = original.files().get(file);
      String actual = variant.files().get(file);
      if (!Objects.equals(expected, actual)) {
        differences.add(new Difference("file " + file, expected == null ? "not written" : "written",
            actual == null ? "not written" : expected == null ? "written" : "different content", null));
      }
    }
    return differences;
  }

  private static List<String> union(SequenceRun a, SequenceRun b) {
    List<String> files = new ArrayList<>(a.files().keySet());
    files.addAll(b.files().keySet());
    return files;
  }

  private static void stream(String what, List<String> expected, List<String> actual, List<Difference> differences) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : null;
      String a = i < actual.size() ? actual.get(i) : null;
      if (!Objects.equals(e, a)) {
        differences.add(new Difference(what + " line " + (i + 1), e == null ? END : quoted(e),
            a == null ? END : quoted(a), firstTrace(actual, i)));
        return;
      }
    }
  }

  private static String quoted(String line) {
    return "'" + line + "'";
  }

  /** The lines of an output that count: line ends ignored, and the lines an --ignore expression is found in dropped. */
  private List<String> lines(String text) {
    return text.lines().filter(line -> ignore.stream().noneMatch(p -> p.matcher(line).find())).toList();
  }

  /**
   * The first stack trace at or after line {@code from}: the line before its first frame (the exception) and the
   * frame, cause and suppressed lines that follow, at most {@value #TRACE_LINES}; null when there is none.
   */
  static String firstTrace(List<String> lines, int from) {
    for (int i = Math.max(from, 1); i < lines.size(); i++) {
      if (FRAME.matcher(lines.get(i)).matches()) {
        int end = i;
        while (end < lines.size() && end - i < TRACE_LINES && TRACE_LINE.matcher(lines.get(end)).find()) {
          end++;
        }
        return String.join("\n", lines.subList(i - 1, end));
      }
    }
    return null;
  }
}
