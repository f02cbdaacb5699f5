package dev.jarmor.input;

import dev.jarmor.JarmorException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * The {@code --program-lib} patterns: which nested jars of a Spring Boot jar or WAR are the user's own
 * code, protected with the program. A pattern is a glob as a shell reads it ({@code *}, {@code ?},
 * {@code **}, {@code {a,b}}), matched against the nested jar's path in the archive
 * ({@code BOOT-INF/lib/acme-*.jar}) or, if it has no slash, against its file name ({@code acme-*.jar}).
 */
final class ProgramLibPatterns {

  private record Glob(String text, PathMatcher matcher) {
    boolean matches(String path) {
      String subject = text.contains("/") ? path : path.substring(path.lastIndexOf('/') + 1);
      return matcher.matches(Path.of(subject));
    }
  }

  private final List<Glob> globs;

  ProgramLibPatterns(List<String> patterns) {
    globs = patterns.stream().map(p -> {
      try {
        return new Glob(p, FileSystems.getDefault().getPathMatcher("glob:" + p));
      } catch (IllegalArgumentException e) {
        throw JarmorException.usage("--program-lib takes a glob such as acme-*.jar, not '" + p + "': " + e.getMessage());
      }
    }).toList();
  }

  boolean isEmpty() {
    return globs.isEmpty();
  }

  boolean matches(String path) {
    return globs.stream().anyMatch(glob -> glob.matches(path));
  }

  /**
   * A pattern that matches no nested jar is a mistake to stop at: going on would leave the code the
   * user meant to protect unprotected, and say nothing.
   */
  void checkEachMatches(List<String> nestedJars, Layout.Kind kind, String input) {
    for (Glob glob : globs) {
      if (nestedJars.stream().noneMatch(glob::matches)) {
        throw JarmorException.usage("--program-lib " + glob.text() + " matches no nested jar of " + input
            + " (a " + kind.description() + (nestedJars.isEmpty() ? ", which has none)"
                : "; its nested jars are " + String.join(", ", nestedJars.stream().limit(5).toList())
                    + (nestedJars.size() > 5 ? ", ...)" : ")")));
      }
    }
  }
}
