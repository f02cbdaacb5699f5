package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;

/**
 * Entry points the java launcher finds by name: the manifest's Main-Class and every class with a
 * {@code public static void main(String[])}, which a user may name on a command line.
 */
public final class EntryPointBoundary implements Boundary {

  private static final String MAIN_DESCRIPTOR = "([Ljava/lang/String;)V";

  @Override
  public String id() {
    return "entry-point";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    String manifestMain = context.program().manifestMainClass();
    if (manifestMain != null) {
      decisions.accept(Decision.keep(Target.ofClass(manifestMain), id(), "Main-Class in META-INF/MANIFEST.MF"));
    }
    for (ClassInfo cls : context.hierarchy().programClasses()) {
      MemberInfo main = cls.method("main", MAIN_DESCRIPTOR);
      if (main != null && main.is(Opcodes.ACC_PUBLIC) && main.is(Opcodes.ACC_STATIC)) {
        String text = cls.name().equals(manifestMain)
            ? "main method of the Main-Class" : "public static void main(String[]): a command line may name it";
        decisions.accept(Decision.keep(Target.ofClass(cls.name()), id(), text));
        decisions.accept(Decision.keep(Target.ofMethod(cls.name(), "main", MAIN_DESCRIPTOR), id(), text));
      }
    }
  }
}
