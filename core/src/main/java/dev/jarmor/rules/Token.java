package dev.jarmor.rules;

/**
 * One word or delimiter of a rule file.
 *
 * @param quoted whether it was written in quotes; a quoted token is always a word
 * @param firstOnLine whether nothing but blanks and comments precede it on its line
 */
record Token(String text, int line, boolean quoted, boolean firstOnLine) {

  /** The characters that are tokens on their own. */
  static final String DELIMITERS = "@{}(),;!=";

  /** Whether this is that unquoted word or delimiter. */
  boolean is(String s) {
    return !quoted && text.equals(s);
  }

  /** Whether this is a word, not a delimiter. */
  boolean isWord() {
    return quoted || text.length() != 1 || DELIMITERS.indexOf(text.charAt(0)) < 0;
  }

  /** Whether this starts an option: {@code -name}, or {@code @file} which includes a file. */
  boolean startsOption() {
    if (quoted) {
      return false;
    }
    return text.equals("@") || text.length() > 1 && text.charAt(0) == '-' && Character.isLetter(text.charAt(1));
  }
}
