package dev.jarmor.language;

import java.util.Comparator;
import java.util.List;
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
}
