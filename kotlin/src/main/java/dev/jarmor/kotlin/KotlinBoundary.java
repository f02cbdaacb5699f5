package dev.jarmor.kotlin;

import dev.jarmor.boundary.AnalysisContext;
import dev.jarmor.boundary.Boundary;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import kotlin.metadata.Attributes;
import kotlin.metadata.ClassKind;
import kotlin.metadata.KmClass;
import kotlin.metadata.jvm.KotlinClassMetadata;
import org.objectweb.asm.tree.AnnotationNode;

/**
 * What Kotlin's runtime and Java callers find by name in every Kotlin program: the {@code INSTANCE} field of an
 * {@code object} (kotlin-reflect's {@code objectInstance}, kotlinx.serialization's object serializers and Java
 * code read it) and the field holding a companion object ({@code Companion}, read by Java callers and by
 * kotlin-reflect under the companion's name). A class whose metadata JetBrains' library cannot read strictly and
 * write back (written by a newer compiler, or too old to write) cannot have it rewritten: its names and its
 * members' stay as they are.
 */
final class KotlinBoundary implements Boundary {

  @Override
  public String id() {
    return "kotlin";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    for (ProgramClass pc : context.program().allClasses()) {
      AnnotationNode annotation = MetadataAnnotation.of(pc.node());
      if (annotation == null) {
        continue;
      }
      KotlinClassMetadata metadata;
      try {
        metadata = MetadataAnnotation.read(annotation);
        metadata.write(); // what cannot be written back unchanged cannot be written renamed either
      } catch (RuntimeException unwritable) {
        keepWhole(context, pc.name(), "kotlin.Metadata that kotlin-metadata-jvm cannot rewrite ("
            + unwritable.getMessage() + "): the names it holds stay", decisions);
        continue;
      }
      if (metadata instanceof KotlinClassMetadata.Class c) {
        objectFields(context, pc.name(), c.getKmClass(), decisions);
      }
    }
  }

  private void objectFields(AnalysisContext context, String owner, KmClass cls, Consumer<Decision> decisions) {
    ClassKind kind = Attributes.getKind(cls);
    String descriptor = "L" + owner + ";";
    if (kind == ClassKind.OBJECT) {
      ClassInfo info = context.hierarchy().find(owner);
      if (info != null && info.field("INSTANCE", descriptor) != null) {
        decisions.accept(Decision.keep(Target.ofField(owner, "INSTANCE", descriptor), id(),
            "INSTANCE of Kotlin object " + owner.replace('/', '.') + ": kotlin-reflect's objectInstance,"
            + " kotlinx.serialization and Java callers read it by name"));
      }
    }
    if (cls.getCompanionObject() != null) {
      String companion = cls.getCompanionObject();
      String companionClass = owner + "$" + companion;
      ClassInfo info = context.hierarchy().find(owner);
      if (info != null && info.field(companion, "L" + companionClass + ";") != null) {
        decisions.accept(Decision.keep(Target.ofField(owner, companion, "L" + companionClass + ";"), id(),
            "companion object field of Kotlin class " + owner.replace('/', '.') + ": Java callers and"
            + " kotlin-reflect's companionObjectInstance read it by the companion's name"));
      }
    }
  }

  private void keepWhole(AnalysisContext context, String owner, String why, Consumer<Decision> decisions) {
    decisions.accept(Decision.keep(Target.ofClass(owner), id(), why));
    Members.keep(context.hierarchy(), owner, id(), why, decisions);
  }
}
