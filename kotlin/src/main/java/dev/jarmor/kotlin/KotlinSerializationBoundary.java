package dev.jarmor.kotlin;

import dev.jarmor.boundary.AnalysisContext;
import dev.jarmor.boundary.Boundary;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;

/**
 * kotlinx.serialization: the compiler plugin generates each {@code @Serializable} class's {@code $serializer} and
 * calls it directly wherever the type is known when compiling, but {@code serializer(Class)},
 * {@code serializer(KType)} and a type known only at run time make the library look the serializer up by name:
 * the {@code serializer} method of the class's companion (through its {@code Companion} field, which
 * {@link KotlinBoundary} keeps) or of an {@code object} (through {@code INSTANCE}). Those methods keep their
 * names. The property names in documents are the plugin's string constants: renaming does not touch them.
 */
final class KotlinSerializationBoundary implements Boundary {

  private static final String KSERIALIZER = ")Lkotlinx/serialization/KSerializer;";

  @Override
  public String id() {
    return "kotlinx-serialization";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    for (ClassInfo cls : context.hierarchy().programClasses()) {
      for (MemberInfo method : cls.methods()) {
        if (method.name().equals("serializer") && method.descriptor().endsWith(KSERIALIZER)) {
          decisions.accept(Decision.keep(Target.ofMethod(cls.name(), method.name(), method.descriptor()), id(),
              "serializer() of " + cls.name().replace('/', '.') + ": kotlinx.serialization's serializer(Class)"
              + " and serializer(KType) find it by name on a companion or an object"));
        }
      }
    }
  }
}
