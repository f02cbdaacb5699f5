package dev.jarmor.verify;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * ASM's {@link SimpleVerifier} with type questions answered by our {@link Hierarchy} instead of by
 * loading classes, so user code never runs inside jarmor. Like the JVM's verifier, it treats
 * interface types as Object for assignability. Public for passes that check a method they rewrote.
 *
 * <p>A type the hierarchy cannot read, or one of whose supertypes it cannot read (a class missing from the
 * classpath), is unknown: a question only it could answer is answered yes, as the JVM would if the class were
 * there and fitted, and the type is noted in {@link #unknownTypes()}, so that a caller knows the method was not
 * fully checked. One instance serves one method.
 */
public final class HierarchyVerifier extends SimpleVerifier {

  private static final String OBJECT = "java/lang/Object";

  private final Hierarchy hierarchy;
  private final Set<String> unknownTypes = new TreeSet<>();

  public HierarchyVerifier(Hierarchy hierarchy, ClassInfo current) {
    super(Opcodes.ASM9, Type.getObjectType(current.name()),
        current.superName() == null ? null : Type.getObjectType(current.superName()),
        current.interfaces().stream().map(Type::getObjectType).toList(), current.isInterface());
    this.hierarchy = hierarchy;
  }

  /** The classes missing from the classpath that a question of this verifier needed, as internal names, sorted. */
  public Set<String> unknownTypes() {
    return unknownTypes;
  }

  @Override
  protected boolean isInterface(Type type) {
    ClassInfo info = info(type);
    return info != null && info.isInterface();
  }

  @Override
  protected Type getSuperClass(Type type) {
    ClassInfo info = info(type);
    return info == null || info.superName() == null ? null : Type.getObjectType(info.superName());
  }

  @Override
  protected boolean isAssignableFrom(Type type1, Type type2) {
    if (type1.equals(type2)) {
      return true;
    }
    if (type1.getSort() == Type.ARRAY) {
      // JVMS 4.10.1.2: an array is assignable to an array whose element type its element type is assignable to
      return type2.getSort() == Type.ARRAY && isReference(type1.getElementType()) && isReference(type2.getElementType())
          && isAssignableFrom(elementOf(type1), elementOf(type2));
    }
    if (type1.getInternalName().equals(OBJECT)) {
      return true;
    }
    ClassInfo first = info(type1);
    if (first == null || first.isInterface()) {
      return true;
    }
    if (type2.getSort() == Type.ARRAY) {
      return false;
    }
    if (hierarchy.isSubtype(type2.getInternalName(), type1.getInternalName())) {
      return true;
    }
    if (!hierarchy.isComplete(type2.getInternalName())) {
      unknownTypes.addAll(hierarchy.missingSupertypes(type2.getInternalName()));
      return true;
    }
    return false;
  }

  private static boolean isReference(Type type) {
    return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
  }

  /** The type of an array's elements: one dimension less. */
  private static Type elementOf(Type array) {
    return Type.getType(array.getDescriptor().substring(1));
  }

  @Override
  protected boolean isSubTypeOf(BasicValue value, BasicValue expected) {
    try {
      return super.isSubTypeOf(value, expected);
    } catch (NotLoaded e) {
      // ASM loads the expected class only to ask whether it is an interface, which isAssignableFrom already said no to
      return false;
    }
  }

  @Override
  protected Class<?> getClass(Type type) {
    throw new NotLoaded();
  }

  /** What ASM would have needed a loaded class for; never loaded here. */
  private static final class NotLoaded extends RuntimeException {
    NotLoaded() {
      super(null, null, false, false);
    }
  }

  /** The class of a type, or null, noted as unknown, when it cannot be read. */
  private ClassInfo info(Type type) {
    ClassInfo info = hierarchy.find(type.getInternalName());
    if (info == null) {
      unknownTypes.add(type.getInternalName());
    }
    return info;
  }
}
