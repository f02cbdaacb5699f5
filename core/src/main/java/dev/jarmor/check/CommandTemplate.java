package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code --run} command line, split into arguments once and filled in for each build.
 *
 * <p>Splitting follows a POSIX shell's quoting and nothing else: blanks separate arguments; inside {@code '...'}
 * every character is itself; inside {@code "..."} a backslash escapes {@code "} and {@code \} only; elsewhere a
 * backslash escapes the next character. No variables, globs, pipes or redirections: {@code |} and {@code >} are
 * arguments like any other (run {@code sh -c '...'} to have them). Placeholders are replaced inside each argument
 * after splitting, so a path with blanks stays one argument: {@code {cp}} the class path (the program's jars,
 * then every {@code --lib}, joined with the path separator), {@code {jar}} the program jar, {@code {java}} the
 * {@code java} launcher of the JDK the program runs on.
 */
public final class CommandTemplate {

  private final String text;
  private final List<String> words;

  private CommandTemplate(String text, List<String> words) {
    this.text = text;
    this.words = List.copyOf(words);
  }

  /**
   * Splits a command line.
   *
   * @throws JarmorException of kind USAGE for an unclosed quote or an empty command
   */
  public static CommandTemplate parse(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        if (end < 0) {
          throw unclosed(text);
        }
        word.append(text, i + 1, end);
        i = end;
        inWord = true;
      } else if (c == '"') {
        i = doubleQuoted(text, i + 1, word);
        inWord = true;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    if (words.isEmpty()) {
      throw JarmorException.usage("--run needs a command, not '" + text + "'");
    }
    return new CommandTemplate(text, words);
  }

  /** Appends the text of a double-quoted string starting at {@code start}; returns the index of its end quote. */
  private static int doubleQuoted(String text, int start, StringBuilder word) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
        c = text.charAt(++i);
      }
      word.append(c);
    }
    throw unclosed(text);
  }

  private static JarmorException unclosed(String text) {
    return JarmorException.usage("unclosed quote in --run '" + text + "'");
  }

  /** The arguments with each placeholder ({@code {cp}}) replaced by its value. */
  public List<String> expand(Map<String, String> values) {
    List<String> expanded = new ArrayList<>(words.size());
    for (String word : words) {
      for (Map.Entry<String, String> value : values.entrySet()) {
        word = word.replace("{" + value.getKey() + "}", value.getValue());
      }
      expanded.add(word);
    }
    return expanded;
  }

  /** Whether a placeholder appears. */
  public boolean uses(String placeholder) {
    return words.stream().anyMatch(w -> w.contains("{" + placeholder + "}"));
  }

  /** The command line as the user wrote it. */
  @Override
  public String toString() {
    return text;
  }
}
