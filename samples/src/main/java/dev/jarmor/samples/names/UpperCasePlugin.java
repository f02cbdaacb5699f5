package dev.jarmor.samples.names;

import java.util.Locale;

/** Listed in META-INF/services; its option is set by field name. */
public class UpperCasePlugin implements Plugin {
  private String suffix = "";

  @Override
  public String apply(String input) {
    return input.toUpperCase(Locale.ROOT) + suffix;
  }
}
