package dev.jarmor.samples.spring.text;

import java.util.Locale;

/** Text helpers only the program calls: nothing outside it knows their names. */
public final class Phrases {

  private Phrases() {}

  public static String repeat(String word, int times) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < times; i++) {
      text.append(i == 0 ? "" : " ").append(i == 0 ? word : word.toLowerCase(Locale.ROOT));
    }
    return text.toString();
  }

  public static String capitalize(String name) {
    String trimmed = name.strip();
    return trimmed.isEmpty() ? "Nobody" : trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
  }
}
