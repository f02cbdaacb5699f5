package dev.jarmor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a set of rule files says: its keep rules in the order written (included files in place), the
 * classes whose notes {@code -dontnote} silences, the classes missing from the classpath (or needing one)
 * that {@code -dontwarn} silences, the classes {@code -exclude} leaves to the code passes, and one warning per
 * option that jarmor does not act on yet.
 *
 * @param excludePatterns each {@code -exclude} pattern in the command line's {@code [pass:]pattern} form, in order
 * @param warnings each {@code file:line: message}, e.g. {@code rules.pro:12: -dontshrink is not supported yet; ignored}
 */
public record RuleSet(List<KeepRule> rules, ClassFilter silencedNotes, ClassFilter silencedWarnings,
    List<String> excludePatterns, List<String> warnings) {

  public static final RuleSet EMPTY = new RuleSet(List.of(), ClassFilter.NONE, ClassFilter.NONE, List.of(), List.of());

  public RuleSet {
    rules = List.copyOf(rules);
    excludePatterns = List.copyOf(excludePatterns);
    warnings = List.copyOf(warnings);
  }

  /** This set followed by another. */
  public RuleSet plus(RuleSet other) {
    List<KeepRule> allRules = new ArrayList<>(rules);
    allRules.addAll(other.rules);
    List<String> allWarnings = new ArrayList<>(warnings);
    allWarnings.addAll(other.warnings);
    List<String> allExcludes = new ArrayList<>(excludePatterns);
    allExcludes.addAll(other.excludePatterns);
    return new RuleSet(allRules, silencedNotes.plus(other.silencedNotes), silencedWarnings.plus(other.silencedWarnings),
        allExcludes, allWarnings);
  }
}
