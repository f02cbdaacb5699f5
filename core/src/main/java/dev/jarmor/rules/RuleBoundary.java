package dev.jarmor.rules;

import dev.jarmor.boundary.AnalysisContext;
import dev.jarmor.boundary.Boundary;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
 * through their own declaring class when it matches too.
 */
public final class RuleBoundary implements Boundary {

  private final RuleSet rules;

  public RuleBoundary(RuleSet rules) {
    this.rules = rules;
  }

  @Override
  public String id() {
    return "rule";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    for (KeepRule rule : rules.rules()) {
      if (!rule.keepsNames()) {
        continue;
      }
      String text = rule + " (" + rule.location() + ")";
      for (ClassInfo cls : hierarchy.programClasses()) {
        if (rule.classSpecification().matches(cls, hierarchy)) {
          keep(rule, text, cls, hierarchy, decisions);
        }
      }
    }
  }

  private void keep(KeepRule rule, String text, ClassInfo cls, Hierarchy hierarchy, Consumer<Decision> decisions) {
    Set<Target> members = new LinkedHashSet<>();
    for (MemberSpecification spec : rule.classSpecification().members()) {
      List<Target> matched = matches(spec, cls);
      if (matched.isEmpty() && rule.kind().needsAllMembers()) {
        return;
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
      for (String type : Descriptors.classesIn(descriptor)) {
        if (hierarchy.isProgramClass(type)) {
          decisions.accept(Decision.keep(Target.ofClass(type), id(), text + ", in the descriptor of " + member));
        }
      }
    }
  }
}
