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
  private final Pattern regex;

  private ClassNamePattern(String source, Pattern regex) {
    this.source = source;
    this.regex = regex;
  }

  public static ClassNamePattern compile(String glob) {
    String regex = glob.equals("*") ? ".*" : Wildcards.toRegex(glob, "[^.]", ".");
    return new ClassNamePattern(glob, Pattern.compile(regex));
  }

  /** Whether a class, given by internal or dotted name, matches. */
  public boolean matches(String className) {
    return regex.matcher(className.replace('/', '.')).matches();
  }

  /** Whether the pattern has a wildcard, that is, may match more than one name. */
  public boolean hasWildcards() {
    return Wildcards.hasWildcards(source);
  }

  @Override
  public String toString() {
    return source;
  }
}
