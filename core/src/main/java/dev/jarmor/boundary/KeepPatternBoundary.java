package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import dev.jarmor.rules.ClassNamePattern;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code --keep <pattern>}: the matching classes keep their names and the names of all their
 * members, as ProGuard's {@code -keep class <pattern> { *; }} does.
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
    for (ClassInfo cls : context.hierarchy().programClasses()) {
      for (ClassNamePattern pattern : patterns) {
        if (pattern.matches(cls.name())) {
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
  }
}
