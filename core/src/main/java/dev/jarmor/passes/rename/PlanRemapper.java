package dev.jarmor.passes.rename;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Plan;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.Remapper;

/**
 * An ASM {@link Remapper} that asks the {@link Plan} for every name, resolving each reference
 * through the hierarchy. Beyond what ClassRemapper does by itself it renames annotation element
 * names of program annotation types, record components, the component-name string of the
 * ObjectMethods bootstrap (records' toString/equals/hashCode) and the simple name in InnerClasses.
 * LambdaMetafactory call sites are handled by ASM's own well-known rule, which maps the SAM through
 * {@link #mapMethodName}.
 */
final class PlanRemapper extends Remapper {

  private static final String OBJECT_METHODS = "java/lang/runtime/ObjectMethods";

  private final Plan plan;
  private final Map<String, String> descriptors = new ConcurrentHashMap<>();

  PlanRemapper(Plan plan) {
    super(Opcodes.ASM9);
    this.plan = plan;
  }

  Plan plan() {
    return plan;
  }

  @Override
  public String map(String internalName) {
    return plan.className(internalName);
  }

  /** Descriptors repeat across a program; each is parsed and mapped once. */
  @Override
  public String mapDesc(String descriptor) {
    return cached(descriptor, super::mapDesc);
  }

  @Override
  public String mapMethodDesc(String descriptor) {
    return cached(descriptor, super::mapMethodDesc);
  }

  /** Get, else map and put: not computeIfAbsent, since mapping a method descriptor maps its parts here. */
  private String cached(String descriptor, UnaryOperator<String> mapping) {
    String mapped = descriptors.get(descriptor);
    if (mapped == null) {
      mapped = mapping.apply(descriptor);
      descriptors.put(descriptor, mapped);
    }
    return mapped;
  }

  @Override
  public String mapPackageName(String name) {
    return plan.packageName(name);
  }

  @Override
  public String mapMethodName(String owner, String name, String descriptor) {
    return plan.methodName(owner, name, descriptor);
  }

  @Override
  public String mapFieldName(String owner, String name, String descriptor) {
    return plan.fieldName(owner, name, descriptor);
  }

  @Override
  public String mapRecordComponentName(String owner, String name, String descriptor) {
    return plan.fieldName(owner, name, descriptor);
  }

  @Override
  public String mapAnnotationAttributeName(String descriptor, String name) {
    if (name == null || !descriptor.startsWith("L")) {
      return name;
    }
    String type = Type.getType(descriptor).getInternalName();
    ClassInfo annotation = plan.hierarchy().find(type);
    if (annotation == null || !annotation.isProgram()) {
      return name;
    }
    for (MemberInfo element : annotation.methods()) {
      if (element.name().equals(name) && element.descriptor().startsWith("()")) {
        return plan.methodName(type, name, element.descriptor());
      }
    }
    return name;
  }

  @Override
  public String mapInnerClassName(String name, String ownerName, String innerName) {
    String mapped = map(name);
    if (innerName == null || mapped.equals(name)) {
      return innerName;
    }
    // renamed nested classes are Outer$a, Outer$1a (local): the simple name follows the last '$' and digits
    String simple = mapped.substring(mapped.lastIndexOf('/') + 1);
    int start = simple.lastIndexOf('$') + 1;
    while (start > 0 && start < simple.length() && Character.isDigit(simple.charAt(start))) {
      start++;
    }
    return start < simple.length() ? simple.substring(start) : simple;
  }


  @Override
  public String mapBasicInvokeDynamicMethodName(
      String name, String descriptor, Handle bootstrap, Object... arguments) {
    if (OBJECT_METHODS.equals(bootstrap.getOwner()) && arguments.length >= 2 && arguments[1] instanceof String) {
      // arguments: the record class, "a;b;c", then one getter handle per component, in order
      StringBuilder names = new StringBuilder();
      for (int i = 2; i < arguments.length; i++) {
        Handle getter = (Handle) arguments[i];
        if (i > 2) {
          names.append(';');
        }
        names.append(mapFieldName(getter.getOwner(), getter.getName(), getter.getDesc()));
      }
      arguments[1] = names.toString();
    }
    return name;
  }
}
