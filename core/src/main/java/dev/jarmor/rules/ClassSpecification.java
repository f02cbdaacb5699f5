package dev.jarmor.rules;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;

/**
 * The class part of a keep rule:
 * {@code [@Ann] [modifiers] class|interface|enum|@interface names [extends|implements [@Ann] name] [{ members }]}.
 *
 * <p>{@code class} matches classes and interfaces alike; {@code interface}, {@code enum} and
 * {@code @interface} restrict the match, and negated ({@code !interface}) exclude. {@code extends} and
 * {@code implements} mean the same: some supertype, direct or not, matches the name (and has the
 * annotation); the class itself is not its own supertype.
 *
 * <p>Known limit: library classes are read without their annotations, so an annotation condition
 * on an {@code extends} clause is only ever met by a program class.
 */
public final class ClassSpecification {

  /** The class type keyword. */
  public enum ClassType {
    CLASS("class", 0),
    INTERFACE("interface", Opcodes.ACC_INTERFACE),
    ENUM("enum", Opcodes.ACC_ENUM),
    ANNOTATION("@interface", Opcodes.ACC_ANNOTATION);

    private final String keyword;
    private final int flag;

    ClassType(String keyword, int flag) {
      this.keyword = keyword;
      this.flag = flag;
    }

    public String keyword() {
      return keyword;
    }
  }

  private final ClassNamePattern annotation;
  private final AccessModifiers access;
  private final ClassType type;
  private final boolean typeNegated;
  private final ClassNameList names;
  private final String extendsKeyword;
  private final ClassNamePattern extendsAnnotation;
  private final ClassNamePattern extendsName;
  private final List<MemberSpecification> members;

  ClassSpecification(ClassNamePattern annotation, AccessModifiers access, ClassType type, boolean typeNegated,
      ClassNameList names, String extendsKeyword, ClassNamePattern extendsAnnotation, ClassNamePattern extendsName,
      List<MemberSpecification> members) {
    this.annotation = annotation;
    this.access = access;
    this.type = type;
    this.typeNegated = typeNegated;
    this.names = names;
    this.extendsKeyword = extendsKeyword;
    this.extendsAnnotation = extendsAnnotation;
    this.extendsName = extendsName;
    this.members = List.copyOf(members);
  }

  /** The annotation a matching class must have, or null. */
  public ClassNamePattern annotation() {
    return annotation;
  }

  public AccessModifiers access() {
    return access;
  }

  public ClassType type() {
    return type;
  }

  /** Whether the type keyword is negated, as in {@code !interface}. */
  public boolean typeNegated() {
    return typeNegated;
  }

  public ClassNameList names() {
    return names;
  }

  /** The supertype a matching class must have, or null. */
  public ClassNamePattern extendsName() {
    return extendsName;
  }

  /** The annotation that supertype must have, or null. */
  public ClassNamePattern extendsAnnotation() {
    return extendsAnnotation;
  }

  /** The member block, empty where there is none. */
  public List<MemberSpecification> members() {
    return members;
  }

  /**
   * The program classes that may match, in name order: those the name list spells one by one, or every one
   * (rules are matched against large programs, and most name their classes).
   */
  public Collection<ClassInfo> candidates(Hierarchy hierarchy) {
    List<String> spelled = names.spelledNames();
    if (spelled == null) {
      return hierarchy.programClasses();
    }
    return spelled.stream().distinct().sorted().filter(hierarchy::isProgramClass).map(hierarchy::find).toList();
  }

  /** Whether a class matches everything but the member block. */
  public boolean matches(ClassInfo cls, Hierarchy hierarchy) {
    return typeMatches(cls)
        && access.matchesClass(cls.access())
        && names.matches(cls.name())
        && hasAnnotation(cls, annotation)
        && (extendsName == null || hasMatchingSupertype(cls, hierarchy));
  }

  private boolean typeMatches(ClassInfo cls) {
    return type == ClassType.CLASS || cls.is(type.flag) != typeNegated;
  }

  private boolean hasMatchingSupertype(ClassInfo cls, Hierarchy hierarchy) {
    for (ClassInfo ancestor : hierarchy.ancestors(cls.name())) {
      if (extendsName.matches(ancestor.name()) && hasAnnotation(ancestor, extendsAnnotation)) {
        return true;
      }
    }
    // a supertype missing from the classpath is known by name only: it matches a condition without annotation
    return extendsAnnotation == null && hierarchy.missingSupertypes(cls.name()).stream().anyMatch(extendsName::matches);
  }

  private static boolean hasAnnotation(ClassInfo cls, ClassNamePattern pattern) {
    return pattern == null || cls.annotations().stream().anyMatch(d -> pattern.matches(Descriptors.className(d)));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (annotation != null) {
      text.append('@').append(annotation).append(' ');
    }
    if (!access.entries().isEmpty()) {
      text.append(access).append(' ');
    }
    text.append(typeNegated ? "!" : "").append(type.keyword()).append(' ').append(names);
    if (extendsName != null) {
      text.append(' ').append(extendsKeyword).append(' ');
      if (extendsAnnotation != null) {
        text.append('@').append(extendsAnnotation).append(' ');
      }
      text.append(extendsName);
    }
    if (!members.isEmpty()) {
      text.append(members.stream().map(MemberSpecification::toString).collect(Collectors.joining(" ", " { ", " }")));
    }
    return text.toString();
  }
}
