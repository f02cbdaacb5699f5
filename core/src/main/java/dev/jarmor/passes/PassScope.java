package dev.jarmor.passes;

import dev.jarmor.rules.ClassNamePattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Which classes each code pass may change, from {@code --include} and {@code --exclude} patterns
 * ({@code com.acme.hot.**} for every pass, {@code flow:com.acme.hot.**} for one). Users write
 * the program's original names, and so is a class asked about: passes run on renamed classes, whose original
 * names the {@link OutputModel} gives. A class is in scope when some include pattern matches it (or there is
 * none) and no exclude pattern does.
 */
public final class PassScope {

  private record Scoped(String pass, ClassNamePattern pattern) {
    boolean applies(String passName, String className) {
      return (pass == null || pass.equals(passName)) && pattern.matches(className);
    }
  }

  private final List<Scoped> includes;
  private final List<Scoped> excludes;

  public PassScope(List<String> includes, List<String> excludes) {
    this.includes = parse(includes);
    this.excludes = parse(excludes);
  }

  /** Whether {@code pass} may change the class whose original internal name is {@code original}. */
  public boolean includes(String pass, String original) {
    boolean included = includes.stream().noneMatch(s -> s.pass == null || s.pass.equals(pass))
        || includes.stream().anyMatch(s -> s.applies(pass, original));
    return included && excludes.stream().noneMatch(s -> s.applies(pass, original));
  }

  private static List<Scoped> parse(List<String> patterns) {
    List<Scoped> scoped = new ArrayList<>();
    for (String pattern : patterns) {
      int colon = pattern.indexOf(':');
      String pass = colon > 0 ? pattern.substring(0, colon) : null;
      scoped.add(new Scoped(pass, ClassNamePattern.compile(colon > 0 ? pattern.substring(colon + 1) : pattern)));
    }
    return scoped;
  }
}
