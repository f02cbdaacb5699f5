package dev.jarmor.check.fix;

import dev.jarmor.boundary.ReflectionBoundary;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.passes.Pipeline;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate rules for one failure, in the order the fix search should try them, so that the common case costs
 * a few runs and a failure with no clue still converges:
 * <ol>
 *   <li>the program classes the failure's retraced text names, in the order they appear, those in exception
 *       messages ({@code ClassNotFoundException: com.acme.plugins.CsvPlugin}, {@code NoClassDefFoundError: com/acme/X},
 *       {@code NoSuchMethodException: com.acme.X.run()}, {@code NoSuchFieldException: count}) before those in stack
 *       frames: its name kept (where the plan renames it), then each member the messages name, then the class with
 *       its members; a {@code ClassNotFoundException} for a name the program built at run time names the original
 *       class, which is what these rules keep;
 *   <li>the rules the plan's notes suggest for lookups by a name known only at run time, those in classes the failure
 *       names first;
 *   <li>every other program class, kept with its members, those in the named classes' packages first, then by how
 *       many leading package segments they share with one, then by name.
 * </ol>
 * When the failing passes are known ({@link PassBisection}), each class's candidates also leave it to each of those
 * passes that a scope can exclude it from, before its keeps if renaming is not among them, and keeps are proposed only
 * when renaming is (or the passes are not known). The list has no duplicates and depends only on its inputs.
 */
public final class FixCandidates {

  private static final String ID = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
  /** A dotted or slashed name, as a message or a frame spells it ({@code java.base/} module prefixes included). */
  private static final Pattern NAME = Pattern.compile("(?<!\\p{javaJavaIdentifierPart})" + ID + "(?:[./]" + ID + ")+");
  private static final Pattern FRAME = Pattern.compile("^\\s*(?:<OR>\\s*)?at\\s");
  private static final Pattern NO_SUCH_FIELD = Pattern.compile("NoSuchFieldException: (" + ID + ")\\s*$");

  /** The program's classes by dotted name. */
  private final SortedMap<String, ClassInfo> classes = new TreeMap<>();
  /** The classes the failure names, in order, each with the members its messages name. */
  private final Map<String, Set<String>> named = new LinkedHashMap<>();
  /** The classes the plan renames, by dotted original name. */
  private final Set<String> renamed = new HashSet<>();
  private final List<String> excludable;
  private final boolean keeping;

  private FixCandidates(Plan plan, Set<String> failingPasses) {
    // package-info and module-info are no class names a rule can spell, and follow their package anyway
    plan.hierarchy().programClasses().stream()
        .filter(cls -> !cls.name().endsWith("package-info") && !cls.name().endsWith("module-info"))
        .forEach(cls -> classes.put(cls.name().replace('/', '.'), cls));
    plan.classNames().forEach((original, output) -> {
      if (!original.equals(output)) {
        renamed.add(original.replace('/', '.'));
      }
    });
    excludable = Pipeline.steps().stream().filter(Pipeline.Step::scoped).map(Pipeline.Step::switchName)
        .filter(failingPasses::contains).toList();
    keeping = failingPasses.isEmpty() || failingPasses.contains(Pipeline.Step.RENAME.switchName());
  }

  /**
   * The candidates for a failure of a variant protected under {@code plan}.
   *
   * @param retracedFailure the failure's text with stack traces retraced to original names
   * @param failingPasses the switch names of the passes found to cause it; empty when not known
   */
  public static List<FixRule> of(String retracedFailure, Plan plan, Set<String> failingPasses) {
    FixCandidates candidates = new FixCandidates(plan, failingPasses);
    candidates.read(retracedFailure);
    return candidates.ranked(plan);
  }

  private void read(String failure) {
    List<String> lines = failure.lines().toList();
    List<String> fields = new ArrayList<>();
    for (String line : lines) {
      if (!FRAME.matcher(line).find()) {
        readNames(line, true);
        Matcher field = NO_SUCH_FIELD.matcher(line);
        if (field.find()) {
          fields.add(field.group(1));
        }
      }
    }
    lines.stream().filter(line -> FRAME.matcher(line).find()).forEach(line -> readNames(line, false));
    for (String field : fields) {
      // the message names the field only: the classes named that declare it, else every one that does
      List<String> owners = named.keySet().stream().filter(c -> declaresField(c, field)).toList();
      (owners.isEmpty() ? classes.keySet().stream().filter(c -> declaresField(c, field)).toList() : owners)
          .forEach(owner -> named.computeIfAbsent(owner, c -> new LinkedHashSet<>()).add(field));
    }
  }

  /** Notes every program class a line names, with the member after it where {@code members} (a message line). */
  private void readNames(String line, boolean members) {
    Matcher name = NAME.matcher(line);
    while (name.find()) {
      String token = name.group();
      // slashed (com/acme/X), or dotted after a module or class loader prefix (java.base/java.lang.Thread.run)
      String dotted = token.indexOf('.') < 0 ? token.replace('/', '.') : token.substring(token.lastIndexOf('/') + 1);
      int dot = dotted.lastIndexOf('.');
      if (classes.containsKey(dotted)) {
        named.computeIfAbsent(dotted, c -> new LinkedHashSet<>());
      } else if (dot > 0 && classes.containsKey(dotted.substring(0, dot))) {
        Set<String> memberNames = named.computeIfAbsent(dotted.substring(0, dot), c -> new LinkedHashSet<>());
        String member = dotted.substring(dot + 1);
        if (members && declares(dotted.substring(0, dot), member)) {
          memberNames.add(member);
        }
      }
    }
  }

  private List<FixRule> ranked(Plan plan) {
    Set<FixRule> rules = new LinkedHashSet<>();
    named.forEach((cls, members) -> rules.addAll(forClass(cls, members)));
    if (keeping) {
      suggested(plan, true).forEach(rules::add);
      suggested(plan, false).forEach(rules::add);
    }
    classes.keySet().stream().filter(cls -> !named.containsKey(cls))
        .sorted(Comparator.comparing((String cls) -> named.keySet().stream().noneMatch(n -> samePackage(n, cls)))
            .thenComparing(cls -> -named.keySet().stream().mapToInt(n -> sharedSegments(n, cls)).max().orElse(0))
            .thenComparing(Comparator.naturalOrder()))
        .forEach(cls -> rules.addAll(forClass(cls, null)));
    return List.copyOf(rules);
  }

  /** A class's candidates: {@code members} named by the failure, null for a class it does not name. */
  private List<FixRule> forClass(String cls, Set<String> members) {
    List<FixRule> keeps = new ArrayList<>();
    if (keeping) {
      if (members != null) {
        if (renamed.contains(cls)) { // a name the plan keeps anyway is no candidate
          keeps.add(FixRule.keepName(cls));
        }
        members.forEach(member -> keeps.add(FixRule.keepMembers(cls, member)));
      }
      keeps.add(FixRule.keepClass(cls));
    }
    List<FixRule> exclusions = excludable.stream().map(pass -> FixRule.exclude(pass, cls)).toList();
    List<FixRule> all = new ArrayList<>(keeping ? keeps : exclusions);
    all.addAll(keeping ? exclusions : keeps);
    return all;
  }

  /** The rules the plan's notes suggest, of the classes the failure names or of the others. */
  private List<FixRule> suggested(Plan plan, boolean ofNamed) {
    List<FixRule> rules = new ArrayList<>();
    for (Map.Entry<Target, List<Reason>> note : plan.notes().entrySet()) {
      if (named.containsKey(note.getKey().owner().replace('/', '.')) == ofNamed) {
        note.getValue().forEach(reason -> ReflectionBoundary.suggestedRule(reason.text())
            .ifPresent(rule -> rules.add(FixRule.suggested(rule))));
      }
    }
    return rules;
  }

  private boolean declares(String cls, String member) {
    return declaresField(cls, member) || classes.get(cls).methods().stream().map(MemberInfo::name)
        .anyMatch(member::equals);
  }

  private boolean declaresField(String cls, String field) {
    return classes.get(cls).fields().stream().map(MemberInfo::name).anyMatch(field::equals);
  }

  private static boolean samePackage(String a, String b) {
    return packageOf(a).equals(packageOf(b));
  }

  private static int sharedSegments(String a, String b) {
    String[] x = packageOf(a).split("\\.");
    String[] y = packageOf(b).split("\\.");
    int shared = 0;
    while (shared < Math.min(x.length, y.length) && x[shared].equals(y[shared]) && !x[shared].isEmpty()) {
      shared++;
    }
    return shared;
  }

  private static String packageOf(String dotted) {
    return dotted.lastIndexOf('.') < 0 ? "" : dotted.substring(0, dotted.lastIndexOf('.'));
  }
}
