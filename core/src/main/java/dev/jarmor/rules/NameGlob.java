package dev.jarmor.rules;

import java.util.Arrays;

/**
 * A member name pattern ({@code get*}, {@code set?alue}, {@code <1>Impl}) matched without a regular expression:
 * {@code ?} is one character, {@code *} and a back-reference any run of them (a member name has no segments).
 * Suggested rules such as {@code class * { *** get*(...); }} are matched against every member of a program.
 */
final class NameGlob {

  private static final int ANY_RUN = -1;
  private static final int ONE = -2;

  /** The pattern as characters, {@link #ANY_RUN} and {@link #ONE}; runs of stars as one. */
  private final int[] tokens;

  private NameGlob(int[] tokens) {
    this.tokens = tokens;
  }

  static NameGlob compile(String glob) {
    int[] tokens = new int[glob.length()];
    int n = 0;
    for (int i = 0; i < glob.length(); i++) {
      int backReference = Wildcards.backReferenceEnd(glob, i);
      char c = glob.charAt(i);
      if (backReference > 0 || c == '*') {
        if (n == 0 || tokens[n - 1] != ANY_RUN) {
          tokens[n++] = ANY_RUN;
        }
        i = backReference > 0 ? backReference - 1 : i;
      } else {
        tokens[n++] = c == '?' ? ONE : c;
      }
    }
    return new NameGlob(Arrays.copyOf(tokens, n));
  }

  /** What every matching name begins with: the pattern's characters before its first wildcard. */
  String literalPrefix() {
    StringBuilder prefix = new StringBuilder();
    for (int token : tokens) {
      if (token < 0) {
        break;
      }
      prefix.append((char) token);
    }
    return prefix.toString();
  }

  /** Whether the whole of {@code name} matches: a run takes as little as it can, and more when what follows fails. */
  boolean matches(String name) {
    int p = 0;
    int t = 0;
    int lastRun = -1;
    int resumeAt = 0;
    while (t < name.length()) {
      if (p < tokens.length && (tokens[p] == ONE || tokens[p] == name.charAt(t))) {
        p++;
        t++;
      } else if (p < tokens.length && tokens[p] == ANY_RUN) {
        lastRun = p++;
        resumeAt = t;
      } else if (lastRun >= 0) {
        p = lastRun + 1;
        t = ++resumeAt;
      } else {
        return false;
      }
    }
    while (p < tokens.length && tokens[p] == ANY_RUN) {
      p++;
    }
    return p == tokens.length;
  }
}
