package dev.jarmor.check.fix;

import dev.jarmor.rules.RuleParser;

/**
 * One rule the fix search can propose, as a {@code --rules} file says it: a ProGuard keep rule or jarmor's pass
 * exclusion ({@link RuleParser#EXCLUDE}). Two rules are the same when their text is.
 *
 * @param text the rule on one line, e.g. {@code -keepnames class com.acme.plugins.CsvPlugin}
 */
public record FixRule(Kind kind, String text) {

  /** What a rule does. */
  public enum Kind {
    /** Keeps a class's name ({@code -keepnames class X}): what a lookup of the class by name needs. */
    KEEP_NAME,
    /** Keeps a class's name and its members' ({@code -keep class X { *; }}). */
    KEEP_CLASS,
    /** Keeps the names of a class's fields and methods of one name. */
    KEEP_MEMBERS,
    /** A rule the analysis suggested for a lookup by a name known only at run time, as its note gives it. */
    SUGGESTED,
    /** Leaves a class to a code pass ({@code -exclude strings:X}). */
    EXCLUDE
  }

  /** {@code -keepnames class X}, for a dotted class name. */
  public static FixRule keepName(String className) {
    return new FixRule(Kind.KEEP_NAME, "-keepnames class " + className);
  }

  /** {@code -keep class X { *; }}. */
  public static FixRule keepClass(String className) {
    return new FixRule(Kind.KEEP_CLASS, "-keep class " + className + " { *; }");
  }

  /** The fields and methods called {@code member} in X: what a lookup of a member by name needs. */
  public static FixRule keepMembers(String className, String member) {
    return new FixRule(Kind.KEEP_MEMBERS,
        "-keepclassmembers class " + className + " { *** " + member + "; *** " + member + "(...); }");
  }

  /** A rule taken verbatim from a plan's note. */
  public static FixRule suggested(String rule) {
    return new FixRule(Kind.SUGGESTED, rule);
  }

  /** Leaves the class to the pass named by its switch name. */
  public static FixRule exclude(String pass, String className) {
    return new FixRule(Kind.EXCLUDE, RuleParser.EXCLUDE + " " + pass + ":" + className);
  }

  @Override
  public String toString() {
    return text;
  }
}
