package dev.jarmor.rules;

import java.util.regex.Pattern;

/**
 * A class name pattern in ProGuard's syntax, matched against dotted class names: {@code ?} is one
 * character and {@code *} any run of characters, neither crossing a package separator; {@code **}
 * is any run of characters, separators included. {@code com.acme.api.**} is a package and all its
 * subpackages, {@code com.acme.*} the classes of one package, {@code com.acme.Boot} one class.
 */
public final class ClassNamePattern {

  private final String source;
  private final Pattern regex;

  private ClassNamePattern(String source, Pattern regex) {
    this.source = source;
    this.regex = regex;
  }

  public static ClassNamePattern compile(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          regex.append(".*");
          i++;
        } else {
          regex.append("[^.]*");
        }
      } else if (c == '?') {
        regex.append("[^.]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new ClassNamePattern(glob, Pattern.compile(regex.toString()));
  }

  /** Whether a class, given by internal or dotted name, matches. */
  public boolean matches(String className) {
    return regex.matcher(className.replace('/', '.')).matches();
  }

  @Override
  public String toString() {
    return source;
  }
}
