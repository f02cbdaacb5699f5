package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;

/**
 * {@code --library-mode}: the program is a library whose users compile against its public API, so
 * every public or protected class keeps its name, and so does every public or protected member a
 * user can reach through such a class: its own, and those it inherits from non-public program
 * supertypes (a public field of a package-private superclass is API of the public subclass).
 * Only the internals are renamed.
 */
public final class LibraryModeBoundary implements Boundary {

  private static final int API = Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED;

  @Override
  public String id() {
    return "library-mode";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    for (ClassInfo cls : context.hierarchy().programClasses()) {
      if (!cls.is(API)) {
        continue;
      }
      decisions.accept(Decision.keep(Target.ofClass(cls.name()), id(), "--library-mode: public API class"));
      List<ClassInfo> reachable = new ArrayList<>(List.of(cls));
      context.hierarchy().ancestors(cls.name()).stream().filter(ClassInfo::isProgram).forEach(reachable::add);
      for (ClassInfo owner : reachable) {
        String via = owner == cls ? "" : ", inherited by " + cls;
        for (MemberInfo field : owner.fields()) {
          if (field.is(API)) {
            decisions.accept(Decision.keep(Target.ofField(owner.name(), field.name(), field.descriptor()), id(),
                "--library-mode: public API field" + via));
          }
        }
        for (MemberInfo method : owner.methods()) {
          if (method.is(API)) {
            decisions.accept(Decision.keep(Target.ofMethod(owner.name(), method.name(), method.descriptor()), id(),
                "--library-mode: public API method" + via));
          }
        }
      }
    }
  }
}
