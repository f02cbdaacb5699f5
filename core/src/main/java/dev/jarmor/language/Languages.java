package dev.jarmor.language;

import dev.jarmor.JarmorException;
import dev.jarmor.input.Resource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The languages whose support is on jarmor's class path (module {@code kotlin} in the CLI's jar), sorted by id so
 * that their boundaries and adapters run in the same order every time.
 */
public final class Languages {

  private Languages() {}

  /** Every installed {@link LanguageSupport}, by id. */
  public static List<LanguageSupport> installed() {
    return ServiceLoader.load(LanguageSupport.class, LanguageSupport.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(LanguageSupport::id))
        .toList();
  }

  /**
   * One resource for two of one path from two inputs, where an installed language's compiler writes such a
   * resource per compilation ({@link LanguageSupport#merge}), or null.
   */
  public static Resource merge(Resource first, Resource second) {
    for (LanguageSupport language : installed()) {
      Resource merged = language.merge(first, second);
      if (merged != null) {
        return merged;
      }
    }
    return null;
  }

  /**
   * Refuses, with one line naming it as the command line does, a language option no installed language declares
   * or a value its language does not take.
   */
  public static void check(Map<String, String> options) {
    List<LanguageSupport> languages = installed();
    options.forEach((name, value) -> {
      List<String> values = languages.stream().map(language -> language.options().get(name))
          .filter(Objects::nonNull).findFirst()
          .orElseThrow(() -> JarmorException.usage("--" + name + " is no option of an installed language"));
      if (!values.contains(value)) {
        throw JarmorException.usage("--" + name + " takes " + String.join(" or ", values) + ", not '" + value + "'");
      }
    });
  }
}
