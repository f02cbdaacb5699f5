package dev.jarmor.check;

import java.nio.file.Path;
import java.util.List;

/**
 * What a rerun adds to the check's protect options: the search for a fix tries keep rules and pass exclusions on
 * one variant before it proposes them.
 *
 * @param ruleFiles more {@code --rules} files
 * @param excludePatterns more {@code --exclude [<pass>:]<pattern>} values
 */
public record Adjustment(List<Path> ruleFiles, List<String> excludePatterns) {

  /** Nothing added: the variant as the check's options describe it. */
  public static final Adjustment NONE = new Adjustment(List.of(), List.of());

  public Adjustment {
    ruleFiles = List.copyOf(ruleFiles);
    excludePatterns = List.copyOf(excludePatterns);
  }
}
