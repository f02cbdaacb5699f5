package dev.jarmor.mapping;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * The {@link Mapping} a {@link Plan} stands for: one class entry per program class, renamed or
 * not, sorted by original name, each listing every field and method the class declares.
 *
 * <p>Unlike ProGuard, which lists only renamed members and members kept by rules, every member is
 * listed (kept ones as {@code x -> x}), so that a retrace or an {@code --apply-mapping} never has
 * to guess. Constructors and static initializers are left out: their names never change. Members
 * are listed in declaration order, fields first, the way ProGuard does, which is deterministic
 * because the class files are.
 */
public final class PlanMapping {

  private PlanMapping() {}

  /** The mapping of a plan, without line numbers. */
  public static Mapping of(Plan plan) {
    List<ClassMapping> classes = new ArrayList<>();
    for (ClassInfo cls : plan.hierarchy().programClasses()) {
      classes.add(classMapping(plan, cls));
    }
    // program classes come sorted by internal name; '/' and '.' sort differently against '$'
    classes.sort(Comparator.comparing(ClassMapping::originalName));
    return new Mapping(classes);
  }

  private static ClassMapping classMapping(Plan plan, ClassInfo cls) {
    String owner = cls.name();
    List<FieldMapping> fields = new ArrayList<>();
    for (MemberInfo field : cls.fields()) {
      fields.add(new FieldMapping(JavaTypes.javaType(field.descriptor()), field.name(),
          plan.fieldName(owner, field.name(), field.descriptor())));
    }
    List<MethodMapping> methods = new ArrayList<>();
    for (MemberInfo method : cls.methods()) {
      if (method.name().startsWith("<")) {
        continue;
      }
      Type type = Type.getMethodType(method.descriptor());
      List<String> parameters = Arrays.stream(type.getArgumentTypes()).map(Type::getClassName).toList();
      methods.add(new MethodMapping(type.getReturnType().getClassName(), method.name(), parameters,
          plan.methodName(owner, method.name(), method.descriptor())));
    }
    return new ClassMapping(javaName(owner), javaName(plan.className(owner)), null, fields, methods);
  }

  private static String javaName(String internalName) {
    return internalName.replace('/', '.');
  }
}
