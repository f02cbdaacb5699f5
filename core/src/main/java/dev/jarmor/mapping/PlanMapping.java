package dev.jarmor.mapping;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return of(plan, SourcePositions.NONE);
  }

  /**
   * The mapping of a plan, with the line ranges of methods whose line numbers moved: such a method
   * has one line per range (constructors and static initializers included, as ProGuard writes them),
   * and with each class's original source file where it was replaced.
   */
  public static Mapping of(Plan plan, SourcePositions positions) {
    Map<String, Map<String, List<MethodLines>>> byClass = new HashMap<>();
    for (MethodLines method : positions.lines()) {
      List<MethodLines> ranges = byClass.computeIfAbsent(method.owner(), k -> new HashMap<>())
          .computeIfAbsent(method.name() + method.descriptor(), k -> new ArrayList<>());
      if (!ranges.contains(method)) {
        ranges.add(method);
      }
    }
    List<ClassMapping> classes = new ArrayList<>();
    for (ClassInfo cls : plan.hierarchy().programClasses()) {
      classes.add(classMapping(plan, cls, positions.sourceFiles().get(cls.name()),
          byClass.getOrDefault(cls.name(), Map.of())));
    }
    // program classes come sorted by internal name; '/' and '.' sort differently against '$'
    classes.sort(Comparator.comparing(ClassMapping::originalName));
    return new Mapping(classes);
  }

  private static ClassMapping classMapping(Plan plan, ClassInfo cls, String sourceFile,
      Map<String, List<MethodLines>> lines) {
    String owner = cls.name();
    List<FieldMapping> fields = new ArrayList<>();
    for (MemberInfo field : cls.fields()) {
      fields.add(new FieldMapping(JavaTypes.javaType(field.descriptor()), field.name(),
          plan.fieldName(owner, field.name(), field.descriptor())));
    }
    List<MethodMapping> methods = new ArrayList<>();
    for (MemberInfo method : cls.methods()) {
      List<MethodLines> ranges = lines.getOrDefault(method.name() + method.descriptor(), List.of());
      if (method.name().startsWith("<") && ranges.isEmpty()) {
        continue;
      }
      Type type = Type.getMethodType(method.descriptor());
      List<String> parameters = Arrays.stream(type.getArgumentTypes()).map(Type::getClassName).toList();
      String returnType = type.getReturnType().getClassName();
      String newName = plan.methodName(owner, method.name(), method.descriptor());
      if (ranges.isEmpty()) {
        methods.add(new MethodMapping(returnType, method.name(), parameters, newName));
      }
      for (MethodLines range : ranges) {
        methods.add(new MethodMapping(range.lines(), returnType, null, method.name(), parameters,
            range.originalLines(), newName));
      }
    }
    return new ClassMapping(javaName(owner), javaName(plan.className(owner)), sourceFile, fields, methods);
  }

  private static String javaName(String internalName) {
    return internalName.replace('/', '.');
  }
}
