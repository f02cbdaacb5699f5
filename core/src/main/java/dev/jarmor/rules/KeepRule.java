package dev.jarmor.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One keep option of a rule file, such as {@code -keepclassmembers,allowshrinking class * { <init>(); }},
 * with the place it was written.
 *
 * @param file the rule file as named to the parser (or by the {@code -include} that read it)
 * @param line the line the option starts on
 */
public record KeepRule(Kind kind, Set<Modifier> modifiers, ClassSpecification classSpecification, String file,
    int line) {

  /** The six keep options. */
  public enum Kind {
    KEEP("-keep", true, false),
    KEEP_CLASS_MEMBERS("-keepclassmembers", false, false),
    KEEP_CLASSES_WITH_MEMBERS("-keepclasseswithmembers", true, true),
    KEEP_NAMES("-keepnames", true, false),
    KEEP_CLASS_MEMBER_NAMES("-keepclassmembernames", false, false),
    KEEP_CLASSES_WITH_MEMBER_NAMES("-keepclasseswithmembernames", true, true);

    private final String option;
    private final boolean keepsClass;
    private final boolean needsAllMembers;

    Kind(String option, boolean keepsClass, boolean needsAllMembers) {
      this.option = option;
      this.keepsClass = keepsClass;
      this.needsAllMembers = needsAllMembers;
    }

    /** The option as written, e.g. {@code -keepclassmembers}. */
    public String option() {
      return option;
    }

    /** Whether the option keeps the matching classes themselves, not only their members. */
    public boolean keepsClass() {
      return keepsClass;
    }

    /** Whether a class matches only if every member specification matches one of its members. */
    public boolean needsAllMembers() {
      return needsAllMembers;
    }

    /** The kind of an option name, or null if it is not a keep option. */
    public static Kind ofOption(String option) {
      return Arrays.stream(values()).filter(k -> k.option.equals(option)).findFirst().orElse(null);
    }
  }

  /** The modifiers written after the option name, as in {@code -keep,allowobfuscation}. */
  public enum Modifier {
    ALLOW_SHRINKING("allowshrinking"),
    ALLOW_OPTIMIZATION("allowoptimization"),
    ALLOW_OBFUSCATION("allowobfuscation"),
    INCLUDE_DESCRIPTOR_CLASSES("includedescriptorclasses"),
    INCLUDE_CODE("includecode");

    private final String keyword;

    Modifier(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }

    /** The modifier of a keyword, or null. */
    public static Modifier ofKeyword(String keyword) {
      return Arrays.stream(values()).filter(m -> m.keyword.equals(keyword)).findFirst().orElse(null);
    }
  }

  public KeepRule {
    modifiers = modifiers.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.noneOf(Modifier.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(modifiers));
  }

  public boolean has(Modifier modifier) {
    return modifiers.contains(modifier);
  }

  /** Whether the rule keeps any name at all: with {@code allowobfuscation} it does not. */
  public boolean keepsNames() {
    return !has(Modifier.ALLOW_OBFUSCATION);
  }

  /** {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }

  /** The rule in canonical form, on one line. */
  @Override
  public String toString() {
    return kind.option() + modifiers.stream().map(m -> "," + m.keyword()).collect(Collectors.joining())
        + " " + classSpecification;
  }
}
