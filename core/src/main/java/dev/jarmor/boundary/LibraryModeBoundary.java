package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;

/**
 * {@code --library-mode}: the program is a library whose users compile against its public API, so
 * every public or protected class keeps its name, and so does every public or protected member of
 * such a class. Only the internals are renamed.
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
      for (MemberInfo field : cls.fields()) {
        if (field.is(API)) {
          decisions.accept(Decision.keep(Target.ofField(cls.name(), field.name(), field.descriptor()), id(),
              "--library-mode: public API field"));
        }
      }
      for (MemberInfo method : cls.methods()) {
        if (method.is(API)) {
          decisions.accept(Decision.keep(Target.ofMethod(cls.name(), method.name(), method.descriptor()), id(),
              "--library-mode: public API method"));
        }
      }
    }
  }
}
