package dev.jarmor.rules;

import dev.jarmor.JarmorException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer of rule files, which splits them as ProGuard does: {@code #} starts a comment, blanks and
 * line breaks separate words, {@code @ { } ( ) , ; ! =} are tokens of their own, and quotes
 * ({@code '...'} or {@code "..."}) make one word of anything on one line, such as a file name with
 * blanks. Line breaks mean nothing more, so an option may span lines.
 */
final class Tokenizer {

  private Tokenizer() {}

  static List<Token> tokenize(String text, String file) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    boolean firstOnLine = true;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        firstOnLine = true;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
          end++;
        }
        if (end == text.length() || text.charAt(end) != c) {
          throw JarmorException.usage(file + ":" + line + ": missing closing " + c + " of a quoted name");
        }
        tokens.add(new Token(text.substring(i + 1, end), line, true, firstOnLine));
        firstOnLine = false;
        i = end + 1;
      } else if (Token.DELIMITERS.indexOf(c) >= 0) {
        tokens.add(new Token(String.valueOf(c), line, false, firstOnLine));
        firstOnLine = false;
        i++;
      } else {
        int start = i;
        while (i < text.length() && !endsWord(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), line, false, firstOnLine));
        firstOnLine = false;
      }
    }
    return tokens;
  }

  private static boolean endsWord(char c) {
    return Character.isWhitespace(c) || Token.DELIMITERS.indexOf(c) >= 0 || c == '#' || c == '\'' || c == '"';
  }
}
