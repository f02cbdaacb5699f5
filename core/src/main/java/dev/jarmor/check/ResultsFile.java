package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the file the check-junit module's {@code ResultsListener} writes in the suite's JVM: one line per event,
 * tab-separated, {@code STARTED <id>} when a test begins and {@code <status> <id> <failure>} when it ends, with
 * backslash, tab, line feed and carriage return escaped as {@code \\ \t \n \r}; a later line for an id replaces an
 * earlier one. The two sides share no code (the listener runs on the suite's Java 8 or later, core never loads
 * it): JUnitRunnerTest runs the real listener, so that they cannot drift apart unnoticed.
 */
final class ResultsFile {

  private ResultsFile() {}

  /**
   * The outcome of each test the file names.
   *
   * @param unfinished the failure given to a test that started and never ended: why the run stopped
   * @return the outcomes by unique id; empty when the run ended before the listener wrote anything
   */
  static SortedMap<String, TestOutcome> read(Path file, String unfinished) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new TreeMap<>();
    } catch (IOException e) {
      throw JarmorException.unreadable("test results", file, e);
    }
    SortedMap<String, TestOutcome> byId = new TreeMap<>();
    // a run ended while the listener wrote leaves a last line without its line feed: what it says is unknown
    int end = text.lastIndexOf('\n');
    for (String line : text.substring(0, end + 1).split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < 2) {
        throw new JarmorException(JarmorException.Kind.INTERNAL, "malformed test results line: " + line,
            file.toString());
      }
      String id = unescape(fields[1]);
      if (fields[0].equals("STARTED")) {
        byId.put(id, new TestOutcome(TestOutcome.Status.FAILED, unfinished));
      } else {
        String failure = fields.length > 2 && !fields[2].isEmpty() ? unescape(fields[2]) : null;
        byId.put(id, new TestOutcome(TestOutcome.Status.valueOf(fields[0]), failure));
      }
    }
    return byId;
  }

  private static String unescape(String field) {
    StringBuilder text = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\' || i + 1 == field.length()) {
        text.append(c);
        continue;
      }
      char escaped = field.charAt(++i);
      text.append(switch (escaped) {
        case 't' -> '\t';
        case 'n' -> '\n';
        case 'r' -> '\r';
        default -> escaped;
      });
    }
    return text.toString();
  }
}
