package dev.jarmor.rules;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rule files jarmor ships for frameworks that find code by annotation or by convention
 * ({@code --preset junit5}): written in the same syntax as a user's {@code --rules}, so a user can read
 * what a preset keeps and copy it into a rule file to change it.
 */
public final class Presets {

  /** A shipped rule file: its name, the one line saying what it keeps, and its rules. */
  public record Preset(String name, String description, String text) {

    /** The preset's rules; they name themselves {@code preset <name>} in reasons and warnings. */
    public RuleSet rules() {
      return RuleParser.parse(text, "preset " + name);
    }
  }

  private static final List<String> NAMES = List.of("jackson", "junit4", "junit5", "spring");

  private Presets() {}

  /** Every preset, by name. */
  public static List<Preset> all() {
    return NAMES.stream().map(Presets::load).toList();
  }

  /**
   * The preset of that name.
   *
   * @throws JarmorException of kind USAGE when there is none
   */
  public static Preset named(String name) {
    if (!NAMES.contains(name)) {
      throw JarmorException.usage("unknown preset '" + name + "'; the presets are " + String.join(", ", NAMES)
          + " (jarmor presets)");
    }
    return load(name);
  }

  private static Preset load(String name) {
    String resource = "presets/" + name + ".pro";
    try (InputStream in = Presets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("preset " + name + " is not in jarmor's jar (" + resource + ")");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // the first line is "# <what it keeps>"
      String description = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
      return new Preset(name, description, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
