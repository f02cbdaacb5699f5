package dev.jarmor.kotlin;

import dev.jarmor.plan.Plan;
import kotlin.metadata.jvm.KotlinClassMetadata;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;

/**
 * Sits before the rename pass's remapper: takes each class's {@code kotlin.Metadata} annotation as the input has
 * it, rewrites it with {@link MetadataRenamer} and hands the new values on. Metadata the library cannot read
 * strictly and write back goes on unchanged: {@link KotlinBoundary} kept the names it holds. A continuation's
 * {@code @DebugMetadata} is rewritten too ({@link DebugMetadata}).
 */
final class MetadataAdapter extends ClassVisitor {

  private final Plan plan;
  private String owner;

  MetadataAdapter(ClassVisitor next, Plan plan) {
    super(Opcodes.ASM9, next);
    this.plan = plan;
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
        try {
          KotlinClassMetadata metadata = MetadataAnnotation.read(this);
          new MetadataRenamer(plan).rename(owner, metadata);
          renamed = metadata.write();
        } catch (RuntimeException unwritable) {
          // KotlinBoundary kept the names of a class whose metadata cannot be read and written back
          accept(next);
          return;
        }
        MetadataAnnotation.write(renamed, next);
      }
    };
  }
}
