package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import dev.jarmor.rules.ClassNamePattern;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code --keep <pattern>}: the matching classes keep their names and the names of all their
 * members, as ProGuard's {@code -keep class <pattern> { *; }} does. A pattern that matches no class
 * is reported as a warning: it was meant to keep something.
 */
public final class KeepPatternBoundary implements Boundary {

  private final List<ClassNamePattern> patterns;

  public KeepPatternBoundary(List<String> patterns) {
    this.patterns = patterns.stream().map(ClassNamePattern::compile).toList();
  }

  @Override
  public String id() {
    return "keep-option";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Set<ClassNamePattern> matched = new HashSet<>();
    for (ClassInfo cls : context.hierarchy().programClasses()) {
      for (ClassNamePattern pattern : patterns) {
        if (pattern.matches(cls.name())) {
          matched.add(pattern);
          String text = "--keep " + pattern;
          decisions.accept(Decision.keep(Target.ofClass(cls.name()), id(), text));
          for (MemberInfo field : cls.fields()) {
            decisions.accept(Decision.keep(Target.ofField(cls.name(), field.name(), field.descriptor()), id(), text));
          }
          for (MemberInfo method : cls.methods()) {
            decisions.accept(Decision.keep(Target.ofMethod(cls.name(), method.name(), method.descriptor()), id(), text));
          }
        }
      }
    }
    for (ClassNamePattern pattern : patterns) {
      if (!matched.contains(pattern)) {
        context.warnings().accept("--keep " + pattern + " matches no class of the program");
      }
    }
  }
}
