package dev.jarmor.rules;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rule files jarmor ships for frameworks that find code by annotation or by convention
 * ({@code --preset junit5}): written in the same syntax as a user's {@code --rules}, so a user can read
 * what a preset keeps and copy it into a rule file to change it.
 *
 * <p>A framework's preset that says what its library holds ({@link Preset#library()}) applies itself where the
 * program or its libraries hold that class, as the keep rules a jar ships for its consumers do: the framework finds
 * the program's code by the names the preset keeps, whether the user knows it or not. The JUnit presets do not: a
 * program's tests are protected with it only by {@code check}, which names them, and Jackson's annotations are
 * followed by the data-model analysis anyway.
 */
public final class Presets {

  /**
   * A shipped rule file: its name, the one line saying what it keeps, its rules, and the class (internal name) of
   * the framework's library whose presence applies it, or null.
   */
  public record Preset(String name, String description, String text, String library) {

    /** The preset's rules; they name themselves {@code preset <name>} in reasons and warnings. */
    public RuleSet rules() {
      return RuleParser.parse(text, "preset " + name);
    }
  }

  private static final List<String> NAMES = List.of("jackson", "junit4", "junit5", "log4j2", "mapstruct", "picocli",
      "spring");

  /** The frameworks whose presets apply themselves, by a class of their library. */
  private static final Map<String, String> LIBRARIES = Map.of(
      "log4j2", "org/apache/logging/log4j/core/config/plugins/Plugin",
      "mapstruct", "org/mapstruct/Mapper",
      "picocli", "picocli/CommandLine",
      "spring", "org/springframework/stereotype/Component");

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

  /** The presets whose framework's library class {@code holds} finds (an internal name), by name. */
  public static List<Preset> forLibraries(Predicate<String> holds) {
    return all().stream().filter(preset -> preset.library() != null && holds.test(preset.library())).toList();
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
      return new Preset(name, description, text, LIBRARIES.get(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
