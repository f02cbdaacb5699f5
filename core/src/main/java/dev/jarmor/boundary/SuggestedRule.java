package dev.jarmor.boundary;

import dev.jarmor.JarmorException;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Target;
import dev.jarmor.rules.ClassSpecification;
import dev.jarmor.rules.MemberSpecification;
import dev.jarmor.rules.RuleParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A keep rule in ProGuard's syntax that covers what a lookup by a name known only in part can find,
 * spelled from the constant text around the part known only at run time, with the program classes
 * or members it keeps now. The rule is parsed and matched by the {@code rules} package, so
 * what it says is what {@code --rules} does with it.
 *
 * <p>A class name pattern uses {@code *} (within one segment of the name) where the code puts the
 * run-time part inside the class's simple name: the suffix holds no '.' and the prefix ends at a '.'
 * or inside a simple name (its last segment starts with a capital letter, by Java's naming
 * convention), as in {@code "com.acme.export." + kind + "Exporter"}. Elsewhere the run-time part may
 * name packages too and the pattern uses {@code **}; so does it wherever {@code **} matches program
 * classes that {@code *} misses (a run-time part such as {@code "legacy.Csv"} reaching a subpackage),
 * so that the rule covers every program class the lookup can find.
 *
 * @param text the rule, e.g. {@code -keepnames class com.acme.export.*Exporter}
 * @param matched the program classes (for a class lookup) or members whose names it keeps now;
 *     constructors and initializers, whose names never change, are left out
 * @param unit what it counts, singular: {@code program class}, {@code method} or {@code field}
 */
record SuggestedRule(String text, Set<Target> matched, String unit) {

  /** What follows the rule's text where it is shown with its count. */
  static final String MATCHES = " (it matches ";

  SuggestedRule {
    matched = Set.copyOf(matched);
  }

  /** The rule with what it matches, as a warning shows it. */
  @Override
  public String toString() {
    int count = matched.size();
    return text + MATCHES + count + " " + unit + (count == 1 ? "" : unit.endsWith("s") ? "es" : "s")
        + " now)";
  }

  /**
   * The {@code -keepnames} rule for a class lookup by a name starting with {@code prefix} and ending
   * with {@code suffix}, or null if they cannot be part of a class name pattern.
   */
  static SuggestedRule forClasses(String prefix, String suffix, Matcher matcher) {
    if (!isNameText(prefix, true) || !isNameText(suffix, true) || prefix.isEmpty() && suffix.isEmpty()) {
      return null;
    }
    String lastSegment = prefix.substring(prefix.lastIndexOf('.') + 1);
    boolean inSimpleName = !suffix.contains(".")
        && (prefix.endsWith(".") || !lastSegment.isEmpty() && Character.isUpperCase(lastSegment.charAt(0)));
    SuggestedRule across = matcher.match("-keepnames class " + prefix + "**" + suffix, "program class");
    if (!inSimpleName || across == null) {
      return across;
    }
    SuggestedRule within = matcher.match("-keepnames class " + prefix + "*" + suffix, "program class");
    return within != null && within.matched().equals(across.matched()) ? within : across;
  }

  /**
   * The {@code -keepclassmembers} rule for a lookup of a field or method whose name starts with
   * {@code prefix} and ends with {@code suffix} (both empty: any name) in {@code classes} (dotted
   * names; empty: a class not known at the lookup), or null if no rule can be spelled.
   */
  static SuggestedRule forMembers(ReflectiveCalls.Kind kind, List<String> classes, String prefix, String suffix,
      Matcher matcher) {
    boolean anyName = prefix.isEmpty() && suffix.isEmpty();
    if (anyName && classes.isEmpty() || !isNameText(prefix, false) || !isNameText(suffix, false)) {
      return null;
    }
    boolean field = kind == ReflectiveCalls.Kind.FIELD;
    String member = anyName ? (field ? "<fields>" : "<methods>")
        : "*** " + prefix + "*" + suffix + (field ? "" : "(...)");
    String owners = classes.isEmpty() ? "*" : String.join(",", classes);
    return matcher.match("-keepclassmembers class " + owners + " { " + member + "; }", field ? "field" : "method");
  }

  /** Whether text can be part of a name in a rule: Java identifier characters, and '.' in class names. */
  private static boolean isNameText(String text, boolean className) {
    return text.chars().allMatch(c -> Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
        || className && c == '.');
  }

  /**
   * Rules matched against one program, each text once: lookups by names known only at run time are many and
   * spell few rules. A rule for members of any class ({@code class * { *** get*(...); }}) is matched against the
   * members whose names begin as its pattern does, found in an index of every program member by name.
   */
  static final class Matcher {
    private final Hierarchy hierarchy;
    private final Map<String, Optional<SuggestedRule>> byText = new HashMap<>();
    private NavigableMap<String, List<Member>> byName;

    private record Member(ClassInfo owner, MemberInfo info, boolean field) {}

    Matcher(Hierarchy hierarchy) {
      this.hierarchy = hierarchy;
    }

    /** The rule {@code text} with what it matches, counted in {@code unit}s; null if it does not parse. */
    SuggestedRule match(String text, String unit) {
      return byText.computeIfAbsent(text, t -> Optional.ofNullable(parse(t, unit))).orElse(null);
    }

    private SuggestedRule parse(String text, String unit) {
      ClassSpecification spec;
      try {
        spec = RuleParser.parse(text, "suggested rule").rules().get(0).classSpecification();
      } catch (JarmorException e) {
        return null; // what the parser rejects (an empty segment, as in "com..Foo") is no rule to suggest
      }
      Set<Target> matched = new HashSet<>();
      if (spec.names().spelledNames() == null && !spec.members().isEmpty()) {
        spec.members().forEach(member -> matchByName(spec, member, matched));
        return new SuggestedRule(text, matched, unit);
      }
      for (ClassInfo cls : spec.candidates(hierarchy)) {
        if (!spec.matches(cls, hierarchy)) {
          continue;
        }
        if (spec.members().isEmpty()) {
          matched.add(Target.ofClass(cls.name()));
        }
        for (MemberSpecification member : spec.members()) {
          cls.fields().forEach(field -> add(member, cls, field, true, matched));
          cls.methods().forEach(method -> add(member, cls, method, false, matched));
        }
      }
      return new SuggestedRule(text, matched, unit);
    }

    /** The members {@code member} of any class {@code spec} matches, among those whose names begin as its pattern. */
    private void matchByName(ClassSpecification spec, MemberSpecification member, Set<Target> matched) {
      Map<ClassInfo, Boolean> owners = new HashMap<>();
      String prefix = member.namePrefix();
      for (List<Member> named : byName().subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
        for (Member candidate : named) {
          if (owners.computeIfAbsent(candidate.owner(), owner -> spec.matches(owner, hierarchy))) {
            add(member, candidate.owner(), candidate.info(), candidate.field(), matched);
          }
        }
      }
    }

    private static void add(MemberSpecification spec, ClassInfo owner, MemberInfo member, boolean field,
        Set<Target> matched) {
      if (field && spec.matchesField(member)) {
        matched.add(Target.ofField(owner.name(), member.name(), member.descriptor()));
      } else if (!field && spec.matchesMethod(member) && !member.name().startsWith("<")) {
        matched.add(Target.ofMethod(owner.name(), member.name(), member.descriptor()));
      }
    }

    private NavigableMap<String, List<Member>> byName() {
      if (byName == null) {
        // grouped by hash, then sorted once: far fewer names than members
        Map<String, List<Member>> grouped = new HashMap<>();
        for (ClassInfo cls : hierarchy.programClasses()) {
          for (MemberInfo field : cls.fields()) {
            grouped.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(new Member(cls, field, true));
          }
          for (MemberInfo method : cls.methods()) {
            grouped.computeIfAbsent(method.name(), k -> new ArrayList<>()).add(new Member(cls, method, false));
          }
        }
        byName = new TreeMap<>(grouped);
      }
      return byName;
    }
  }
}
