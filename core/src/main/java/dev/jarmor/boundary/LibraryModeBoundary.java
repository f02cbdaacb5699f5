package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.hierarchy.MemberRef;
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
 * Only the internals are renamed. Such a class's own {@code static final} fields are its constants:
 * they keep their compile-time values too ({@link Decision.KeepConstant}).
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
      // a public supertype's members keep as its own API: said once, not again for each of its subclasses
      context.hierarchy().ancestors(cls.name()).stream().filter(a -> a.isProgram() && !a.is(API))
          .forEach(reachable::add);
      for (ClassInfo owner : reachable) {
        String via = owner == cls ? "" : ", inherited by " + cls;
        for (MemberInfo field : owner.fields()) {
          if (!field.is(API)) {
            continue;
          }
          Target.FieldTarget target = new Target.FieldTarget(new MemberRef(owner.name(), field.name(),
              field.descriptor()));
          String text = "--library-mode: public API field" + via;
          decisions.accept(owner == cls && field.is(Opcodes.ACC_STATIC) && field.is(Opcodes.ACC_FINAL)
              ? Decision.keepConstant(target, id(), text) : Decision.keep(target, id(), text));
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
