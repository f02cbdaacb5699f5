package dev.jarmor.rules;

import java.util.regex.Pattern;

/**
 * The translation of ProGuard's name wildcards into regular expressions: {@code ?} is one character and
 * {@code *} any run of characters, both within one segment of a name; {@code **} is any run of
 * characters across segments.
 *
 * <p>A back-reference {@code <n>} matches like {@code **}: it stands for what an earlier wildcard
 * matched, which this translation does not track, so it matches at least everything the real
 * back-reference could (a rule keeps more, never less).
 */
final class Wildcards {

  private Wildcards() {}

  /**
   * The regular expression for a glob.
   *
   * @param oneChar the regex of one character within a segment
   * @param anyChar the regex of one character of any segment
   */
  static String toRegex(String glob, String oneChar, String anyChar) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      int backReference = backReferenceEnd(glob, i);
      if (backReference > 0) {
        regex.append(anyChar).append('*');
        i = backReference - 1;
      } else if (c == '*') {
        boolean across = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
        regex.append(across ? anyChar : oneChar).append('*');
        // a third star (as in ***) adds nothing a double star does not match already
        while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          i++;
        }
      } else if (c == '?') {
        regex.append(oneChar);
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  /** Whether a name has any wildcard or back-reference. */
  static boolean hasWildcards(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' || c == '?' || backReferenceEnd(glob, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The index after a back-reference {@code <digits>} starting at {@code start}, or -1. */
  static int backReferenceEnd(String glob, int start) {
    if (glob.charAt(start) != '<') {
      return -1;
    }
    int i = start + 1;
    while (i < glob.length() && Character.isDigit(glob.charAt(i))) {
      i++;
    }
    return i > start + 1 && i < glob.length() && glob.charAt(i) == '>' ? i + 1 : -1;
  }

  /**
   * Whether a class name glob is well formed: dot-separated segments of Java identifier characters,
   * wildcards and back-references, none of them empty.
   */
  static boolean isClassNameGlob(String glob) {
    if (glob.isEmpty() || glob.startsWith(".") || glob.endsWith(".") || glob.contains("..")) {
      return false;
    }
    return isSegmentText(glob, '.');
  }

  /** Whether a member name glob is well formed: Java identifier characters, wildcards and back-references. */
  static boolean isMemberNameGlob(String glob) {
    return !glob.isEmpty() && isSegmentText(glob, (char) 0);
  }

  private static boolean isSegmentText(String glob, char separator) {
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      int backReference = backReferenceEnd(glob, i);
      if (backReference > 0) {
        i = backReference - 1;
      } else if (!(Character.isJavaIdentifierPart(c) || c == '*' || c == '?' || c == separator)) {
        return false;
      }
    }
    return true;
  }
}
