package dev.jarmor.check;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a rerun adds to the check's protect options: the search for a fix tries keep rules, pass exclusions and
 * passes switched off on one variant before it proposes rules.
 *
 * @param ruleFiles more {@code --rules} files
 * @param excludePatterns more {@code --exclude [<pass>:]<pattern>} values
 * @param passesOff passes switched off, by switch name ({@code rename}, {@code strings})
 */
public record Adjustment(List<Path> ruleFiles, List<String> excludePatterns, SortedSet<String> passesOff) {

  /** Nothing added: the variant as the check's options describe it. */
  public static final Adjustment NONE = new Adjustment(List.of(), List.of(), new TreeSet<>());

  public Adjustment {
    ruleFiles = List.copyOf(ruleFiles);
    excludePatterns = List.copyOf(excludePatterns);
    passesOff = Collections.unmodifiableSortedSet(new TreeSet<>(passesOff));
  }

  /** More {@code --rules} files, nothing else. */
  public static Adjustment rules(List<Path> files) {
    return new Adjustment(files, List.of(), new TreeSet<>());
  }

  /** This adjustment with these passes switched off as well. */
  public Adjustment withPassesOff(Set<String> passes) {
    SortedSet<String> off = new TreeSet<>(passesOff);
    off.addAll(passes);
    return new Adjustment(ruleFiles, excludePatterns, off);
  }
}
