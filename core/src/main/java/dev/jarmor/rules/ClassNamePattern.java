package dev.jarmor.rules;

import java.util.regex.Pattern;

/**
 * A class name pattern in ProGuard's syntax, matched against dotted class names: {@code ?} is one
 * character and {@code *} any run of characters, neither crossing a package separator; {@code **}
 * is any run of characters, separators included. {@code com.acme.api.**} is a package and all its
 * subpackages, {@code com.acme.*} the classes of one package, {@code com.acme.Boot} one class.
 * Nested classes are spelled with {@code $}, as in {@code com.acme.Outer$Inner}. A lone {@code *}
 * is every class in every package, as ProGuard reads it for backward compatibility.
 *
 * <p>A back-reference {@code <n>} matches like {@code **} (see {@link Wildcards}).
 */
public final class ClassNamePattern {

  private final String source;
  /** The regular expression of a pattern with wildcards; null for one class's name, compared as it is. */
  private final Pattern regex;

  private ClassNamePattern(String source, Pattern regex) {
    this.source = source;
    this.regex = regex;
  }

  public static ClassNamePattern compile(String glob) {
    if (!Wildcards.hasWildcards(glob)) {
      return new ClassNamePattern(glob, null);
    }
    String regex = glob.equals("*") ? ".*" : Wildcards.toRegex(glob, "[^.]", ".");
    return new ClassNamePattern(glob, Pattern.compile(regex));
  }

  /** Whether a class, given by internal or dotted name, matches. */
  public boolean matches(String className) {
    // rules are matched against every class of the program, most of them naming one class or every class
    if (regex == null) {
      return spells(className);
    }
    return source.equals("*") || regex.matcher(className.replace('/', '.')).matches();
  }

  /** Whether {@code className} is this pattern's one name, in internal or dotted form. */
  private boolean spells(String className) {
    if (className.length() != source.length()) {
      return false;
    }
    for (int i = 0; i < source.length(); i++) {
      char c = className.charAt(i);
      if ((c == '/' ? '.' : c) != source.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the pattern has a wildcard, that is, may match more than one name. */
  public boolean hasWildcards() {
    return regex != null;
  }

  @Override
  public String toString() {
    return source;
  }
}
