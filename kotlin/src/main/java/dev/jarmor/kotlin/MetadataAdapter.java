package dev.jarmor.kotlin;

import dev.jarmor.plan.Plan;
import java.util.Optional;
import kotlin.metadata.jvm.KotlinClassMetadata;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Sits before the rename pass's remapper: takes each class's {@code kotlin.Metadata} annotation as the input has
 * it, rewrites it with {@link MetadataRenamer} and hands the new values on. Metadata the library cannot read
 * strictly and write back goes on unchanged: {@link KotlinBoundary} kept the names it holds. A continuation's
 * {@code @DebugMetadata} is rewritten too ({@link DebugMetadata}). With {@code --kotlin-data-names renamed}, a
 * data class whose rename changes a name its generated {@code toString()} prints gets that method rewritten
 * ({@link DataClassToString}); the metadata comes before the methods, so it is known by then.
 */
final class MetadataAdapter extends ClassVisitor {

  private final Plan plan;
  private final boolean renameDataNames;
  private String owner;
  private DataClassToString dataToString;

  MetadataAdapter(ClassVisitor next, Plan plan, boolean renameDataNames) {
    super(Opcodes.ASM9, next);
    this.plan = plan;
    this.renameDataNames = renameDataNames;
  }

  @Override
  public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
    owner = name;
    super.visit(version, access, name, signature, superName, interfaces);
  }

  @Override
  public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
    AnnotationVisitor next = super.visitAnnotation(descriptor, visible);
    if (next != null && DebugMetadata.DESCRIPTOR.equals(descriptor)) {
      return new AnnotationNode(Opcodes.ASM9, descriptor) {
        @Override
        public void visitEnd() {
          DebugMetadata.rename(this, owner, plan);
          accept(next);
        }
      };
    }
    if (!MetadataAnnotation.DESCRIPTOR.equals(descriptor) || next == null) {
      return next;
    }
    return new AnnotationNode(Opcodes.ASM9, descriptor) {
      @Override
      public void visitEnd() {
        kotlin.Metadata renamed;
        Optional<DataClassToString> data;
        try {
          KotlinClassMetadata metadata = MetadataAnnotation.read(this);
          data = renameDataNames ? DataClassToString.of(metadata) : Optional.empty();
          new MetadataRenamer(plan).rename(owner, metadata);
          renamed = metadata.write();
        } catch (RuntimeException unwritable) {
          // KotlinBoundary kept the names of a class whose metadata cannot be read and written back
          accept(next);
          return;
        }
        MetadataAnnotation.write(renamed, next);
        dataToString = data.filter(DataClassToString::renamed).orElse(null);
      }
    };
  }

  @Override
  public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
      String[] exceptions) {
    MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
    if (next == null || dataToString == null || !DataClassToString.is(name, descriptor)) {
      return next;
    }
    return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
      @Override
      public void visitEnd() {
        dataToString.rewrite(this);
        accept(next);
      }
    };
  }
}
