package dev.jarmor.rules;

import dev.jarmor.hierarchy.MemberInfo;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a class specification's member block: {@code <fields>;}, {@code <methods>;},
 * {@code *;}, a field {@code [@Ann] [modifiers] type name;} or a method or constructor
 * {@code [@Ann] [modifiers] returntype name(argtypes);}, {@code <init>(argtypes);}.
 *
 * <p>{@code <methods>;}, {@code *;} and wildcard method names match constructors and static
 * initializers too, as in ProGuard; keeping their names changes nothing, but they count as members
 * for {@code -keepclasseswithmembers}.
 */
public final class MemberSpecification {

  /** What a specification is about. */
  public enum Kind {
    /** {@code <fields>}: every field. */
    ALL_FIELDS,
    /** {@code <methods>}: every method. */
    ALL_METHODS,
    /** {@code *}: every field and method. */
    ALL_MEMBERS,
    /** A field by type and name. */
    FIELD,
    /** A method or constructor by return type, name and argument types. */
    METHOD
  }

  private final ClassNamePattern annotation;
  private final AccessModifiers access;
  private final Kind kind;
  private final String type;
  private final String name;
  private final List<String> arguments;
  private final NameGlob namePattern;
  private final Pattern descriptorPattern;

  private MemberSpecification(ClassNamePattern annotation, AccessModifiers access, Kind kind, String type,
      String name, List<String> arguments, NameGlob namePattern, Pattern descriptorPattern) {
    this.annotation = annotation;
    this.access = access;
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.arguments = arguments == null ? null : List.copyOf(arguments);
    this.namePattern = namePattern;
    this.descriptorPattern = descriptorPattern;
  }

  /** {@code <fields>}, {@code <methods>} or {@code *}. */
  static MemberSpecification wildcard(ClassNamePattern annotation, AccessModifiers access, Kind kind) {
    return new MemberSpecification(annotation, access, kind, null, null, null, null, null);
  }

  /** A field; {@code typeRegex} from {@link TypePattern}. */
  static MemberSpecification field(ClassNamePattern annotation, AccessModifiers access, String type, String name,
      String typeRegex) {
    return new MemberSpecification(annotation, access, Kind.FIELD, type, name, null, NameGlob.compile(name),
        Pattern.compile(typeRegex));
  }

  /**
   * A method; {@code type} is null for a constructor spelled {@code <init>(...)} or
   * {@code ClassName(...)}, whose {@code name} is then the name as written.
   */
  static MemberSpecification method(ClassNamePattern annotation, AccessModifiers access, String type, String name,
      List<String> arguments, String descriptorRegex) {
    NameGlob names = NameGlob.compile(type == null ? "<init>" : name);
    return new MemberSpecification(annotation, access, Kind.METHOD, type, name, arguments, names,
        Pattern.compile(descriptorRegex));
  }

  /** The annotation a matching member must have, or null. */
  public ClassNamePattern annotation() {
    return annotation;
  }

  public AccessModifiers access() {
    return access;
  }

  public Kind kind() {
    return kind;
  }

  /** The field type or return type as written; null for wildcards and constructors. */
  public String type() {
    return type;
  }

  /** The member name as written; null for wildcards. */
  public String name() {
    return name;
  }

  /** The argument types as written, {@code ...} included; null unless a method. */
  public List<String> arguments() {
    return arguments;
  }

  /** What the name of every member this matches begins with ("" for {@code <fields>}, {@code <methods>}, {@code *}). */
  public String namePrefix() {
    return namePattern == null ? "" : namePattern.literalPrefix();
  }

  /** Whether this can match fields at all. */
  public boolean coversFields() {
    return kind == Kind.ALL_FIELDS || kind == Kind.ALL_MEMBERS || kind == Kind.FIELD;
  }

  /** Whether this can match methods at all. */
  public boolean coversMethods() {
    return kind == Kind.ALL_METHODS || kind == Kind.ALL_MEMBERS || kind == Kind.METHOD;
  }

  /** Whether a declared field matches. */
  public boolean matchesField(MemberInfo field) {
    return coversFields() && access.matchesField(field.access()) && matchesRest(field);
  }

  /** Whether a declared method matches. */
  public boolean matchesMethod(MemberInfo method) {
    return coversMethods() && access.matchesMethod(method.access()) && matchesRest(method);
  }

  private boolean matchesRest(MemberInfo member) {
    if (annotation != null
        && member.annotations().stream().noneMatch(d -> annotation.matches(Descriptors.className(d)))) {
      return false;
    }
    if (namePattern != null && !namePattern.matches(member.name())) {
      return false;
    }
    return descriptorPattern == null || descriptorPattern.matcher(member.descriptor()).matches();
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
    switch (kind) {
      case ALL_FIELDS -> text.append("<fields>");
      case ALL_METHODS -> text.append("<methods>");
      case ALL_MEMBERS -> text.append('*');
      case FIELD -> text.append(type).append(' ').append(name);
      case METHOD -> {
        if (type != null) {
          text.append(type).append(' ');
        }
        text.append(name).append('(').append(String.join(", ", arguments)).append(')');
      }
    }
    return text.append(';').toString();
  }
}
