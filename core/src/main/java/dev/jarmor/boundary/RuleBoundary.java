package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import dev.jarmor.rules.ConsumerRules;
import dev.jarmor.rules.KeepRule;
import dev.jarmor.rules.MemberSpecification;
import dev.jarmor.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.Type;

/**
 * {@code --rules <file>}: the names a user's ProGuard keep rules keep.
 *
 * <p>jarmor does not shrink, so only names matter: {@code -keep} and {@code -keepnames} keep the
 * matching classes' names and their matching members' names; {@code -keepclassmembers} and
 * {@code -keepclassmembernames} only the members'; {@code -keepclasseswithmembers} and
 * {@code -keepclasseswithmembernames} act like {@code -keep} but only on classes where every member
 * specification matches at least one declared member. A rule with {@code allowobfuscation} keeps
 * nothing; {@code includedescriptorclasses} also keeps the program classes named in the descriptors
 * of the members it keeps. The other modifiers concern shrinking and optimization and change
 * nothing here.
 *
 * <p>Only program classes and the members they declare are matched; inherited members are kept
 * through their own declaring class when it matches too. A user's rule that keeps no name of the
 * program is reported as a warning (a misspelt name, a class since moved); a preset's or a jar's consumer
 * rule's ({@link ConsumerRules}) is not, since those are written for whole frameworks and libraries and most
 * programs use a part.
 */
public final class RuleBoundary implements Boundary {

  private final RuleSet presets;
  private final RuleSet rules;

  /**
   * @param presets the rules of {@code --preset}s, then the jars' consumer rules, applied first
   * @param rules the user's rules ({@code --rules})
   */
  public RuleBoundary(RuleSet presets, RuleSet rules) {
    this.presets = presets;
    this.rules = rules;
  }

  @Override
  public String id() {
    return "rule";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    presets.rules().forEach(rule -> apply(rule, context.hierarchy(), decisions));
    for (KeepRule rule : rules.rules()) {
      if (rule.keepsNames() && !apply(rule, context.hierarchy(), decisions)) {
        context.warnings().accept(rule.location() + ": " + rule + " matches nothing");
      }
    }
  }

  /** Emits what one rule keeps; false if it keeps nothing. */
  private boolean apply(KeepRule rule, Hierarchy hierarchy, Consumer<Decision> decisions) {
    if (!rule.keepsNames()) {
      return false;
    }
    String text = rule + " (" + rule.location() + ")";
    boolean kept = false;
    for (ClassInfo cls : rule.classSpecification().candidates(hierarchy)) {
      if (rule.classSpecification().matches(cls, hierarchy)) {
        kept |= keep(rule, text, cls, hierarchy, decisions);
      }
    }
    return kept;
  }

  /** Emits what one rule keeps of one class; false if nothing. */
  private boolean keep(KeepRule rule, String text, ClassInfo cls, Hierarchy hierarchy,
      Consumer<Decision> decisions) {
    Set<Target> members = new LinkedHashSet<>();
    for (MemberSpecification spec : rule.classSpecification().members()) {
      List<Target> matched = matches(spec, cls);
      if (matched.isEmpty() && rule.kind().needsAllMembers()) {
        return false;
      }
      members.addAll(matched);
    }
    if (rule.kind().keepsClass()) {
      decisions.accept(Decision.keep(Target.ofClass(cls.name()), id(), text));
    }
    for (Target member : members) {
      decisions.accept(Decision.keep(member, id(), text));
    }
    if (rule.has(KeepRule.Modifier.INCLUDE_DESCRIPTOR_CLASSES)) {
      keepDescriptorClasses(members, text, hierarchy, decisions);
    }
    return rule.kind().keepsClass() || !members.isEmpty();
  }

  private static List<Target> matches(MemberSpecification spec, ClassInfo cls) {
    List<Target> targets = new ArrayList<>();
    for (MemberInfo field : cls.fields()) {
      if (spec.matchesField(field)) {
        targets.add(Target.ofField(cls.name(), field.name(), field.descriptor()));
      }
    }
    for (MemberInfo method : cls.methods()) {
      if (spec.matchesMethod(method)) {
        targets.add(Target.ofMethod(cls.name(), method.name(), method.descriptor()));
      }
    }
    return targets;
  }

  private void keepDescriptorClasses(Set<Target> members, String text, Hierarchy hierarchy,
      Consumer<Decision> decisions) {
    for (Target member : members) {
      String descriptor = member instanceof Target.FieldTarget f ? f.ref().descriptor()
          : ((Target.MethodTarget) member).ref().descriptor();
      for (String type : classesIn(descriptor)) {
        if (hierarchy.isProgramClass(type)) {
          decisions.accept(Decision.keep(Target.ofClass(type), id(), text + ", in the descriptor of " + member));
        }
      }
    }
  }

  /** The internal names of the classes a field or method descriptor mentions, arrays unwrapped, in order. */
  private static List<String> classesIn(String descriptor) {
    List<Type> types = new ArrayList<>();
    if (descriptor.startsWith("(")) {
      types.addAll(List.of(Type.getArgumentTypes(descriptor)));
      types.add(Type.getReturnType(descriptor));
    } else {
      types.add(Type.getType(descriptor));
    }
    List<String> names = new ArrayList<>();
    for (Type type : types) {
      Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
      if (element.getSort() == Type.OBJECT && !names.contains(element.getInternalName())) {
        names.add(element.getInternalName());
      }
    }
    return names;
  }
}
