package dev.jarmor.verify;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * ASM's {@link SimpleVerifier} with type questions answered by our {@link Hierarchy} instead of by
 * loading classes, so user code never runs inside jarmor. Like the JVM's verifier, it treats
 * interface types as Object for assignability. Public for passes that check a method they rewrote.
 */
public final class HierarchyVerifier extends SimpleVerifier {

  private final Hierarchy hierarchy;

  public HierarchyVerifier(Hierarchy hierarchy, ClassInfo current) {
    super(Opcodes.ASM9, Type.getObjectType(current.name()),
        current.superName() == null ? null : Type.getObjectType(current.superName()),
        current.interfaces().stream().map(Type::getObjectType).toList(), current.isInterface());
    this.hierarchy = hierarchy;
  }

  @Override
  protected boolean isInterface(Type type) {
    return info(type).isInterface();
  }

  @Override
  protected Type getSuperClass(Type type) {
    String superName = info(type).superName();
    return superName == null ? null : Type.getObjectType(superName);
  }

  @Override
  protected boolean isAssignableFrom(Type type1, Type type2) {
    if (type1.equals(type2)) {
      return true;
    }
    if (type1.getSort() == Type.ARRAY || type2.getSort() == Type.ARRAY) {
      return super.isAssignableFrom(type1, type2);
    }
    if (type1.getInternalName().equals("java/lang/Object") || info(type1).isInterface()) {
      return true;
    }
    return hierarchy.isSubtype(type2.getInternalName(), type1.getInternalName());
  }

  @Override
  protected Class<?> getClass(Type type) {
    throw new IllegalStateException("the verifier must not load " + type.getClassName());
  }

  private ClassInfo info(Type type) {
    return hierarchy.require(type.getInternalName(), "verification");
  }

}
