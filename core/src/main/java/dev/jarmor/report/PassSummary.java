package dev.jarmor.report;

import dev.jarmor.passes.PassLog;
import dev.jarmor.passes.Pipeline;
import dev.jarmor.plan.OriginalNames;
import dev.jarmor.plan.Plan;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the passes of a run did, by the program's original names: the level it was given, the
 * passes it selected, the language options they were given, the classes and sites each changed and each method
 * each left as it was.
 *
 * @param languageOptions as the user gave them ({@link dev.jarmor.ProtectOptions#languageOptions()})
 * @param counts by pass switch name; a pass that changed nothing has none
 * @param leftAlone sorted by pass, class and method
 */
public record PassSummary(int level, List<Pipeline.Step> selected, SortedMap<String, String> languageOptions,
    Map<String, PassLog.Counts> counts, List<LeftAlone> leftAlone) {

  /**
   * A method a pass left as it was, and why, by original names first and output names beside them.
   *
   * @param className original internal name, the one {@code --exclude} patterns match
   * @param method original {@code name + descriptor}
   */
  public record LeftAlone(String pass, String className, String newClassName, String method, String newMethod,
      String why) {}

  public PassSummary {
    languageOptions = Collections.unmodifiableSortedMap(new TreeMap<>(languageOptions));
    counts = Map.copyOf(counts);
    leftAlone = List.copyOf(leftAlone);
  }

  /** The summary of passes that ran under {@code plan}, which gave the classes the names the log holds. */
  public static PassSummary of(int level, List<Pipeline.Step> selected, SortedMap<String, String> languageOptions,
      PassLog log, Plan plan) {
    OriginalNames names = plan.originalNames();
    List<LeftAlone> leftAlone = log.skipped().stream()
        .map(s -> new LeftAlone(s.pass(), names.className(s.className()), s.className(),
            names.method(s.className(), s.method()), s.method(), s.why()))
        .sorted(Comparator.comparing(LeftAlone::pass).thenComparing(LeftAlone::className)
            .thenComparing(LeftAlone::method))
        .toList();
    return new PassSummary(level, selected, languageOptions, log.counts(), leftAlone);
  }

  /** What one pass changed: nothing if it did not run or changed no class. */
  public PassLog.Counts counts(Pipeline.Step step) {
    return counts.getOrDefault(step.switchName(), new PassLog.Counts(0, 0));
  }

  /** The methods one pass left alone. */
  public List<LeftAlone> leftAlone(Pipeline.Step step) {
    return leftAlone.stream().filter(skip -> skip.pass().equals(step.switchName())).toList();
  }
}
