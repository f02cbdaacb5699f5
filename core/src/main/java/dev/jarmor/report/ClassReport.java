package dev.jarmor.report;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Adaptation;
import dev.jarmor.plan.ConstantSite;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What the plan does to one class: its new name, and each kept name with its reasons. The common
 * model behind the text ({@link ExplainWriter}) and JSON ({@link JsonReport}) reports.
 *
 * @param fields the class's fields; {@code renamedFields} those whose name changes
 * @param methods its methods, constructors and initialisers excluded; {@code renamedMethods} those whose name changes
 */
public record ClassReport(String name, String newName, List<Reason> classReasons, List<MemberReport> keptMembers,
    int fields, int renamedFields, int methods, int renamedMethods, List<StringReport> adaptedStrings,
    List<Reason> notes) {

  /** A kept field or method and why. */
  public record MemberReport(String kind, String name, String descriptor, List<Reason> reasons) {}

  /** A string of this class (or resource) that names a class or member, where, what it becomes, and why. */
  public record StringReport(String where, String text, String newText, String names, List<Reason> reasons) {}

  /** Fields and methods renamed, constructors and initialisers excluded. */
  public int renamedMembers() {
    return renamedFields + renamedMethods;
  }

  /** One report per program class, in name order. */
  public static List<ClassReport> of(Plan plan) {
    List<ClassReport> reports = new ArrayList<>();
    for (ClassInfo cls : plan.hierarchy().programClasses()) {
      List<MemberReport> kept = new ArrayList<>();
      int renamedFields = 0;
      for (MemberInfo field : cls.fields()) {
        List<Reason> reasons = plan.whyKept(Target.ofField(cls.name(), field.name(), field.descriptor()));
        if (reasons != null) {
          kept.add(new MemberReport("field", field.name(), field.descriptor(), reasons));
        } else if (!plan.fieldName(cls.name(), field.name(), field.descriptor()).equals(field.name())) {
          renamedFields++;
        }
      }
      if (plan.serialVersions().containsKey(cls.name()) && cls.field("serialVersionUID", "J") == null) {
        // the field the serial-version pass writes: shown where the class had none
        kept.add(new MemberReport("field", "serialVersionUID", "J",
            plan.whyKept(Target.ofField(cls.name(), "serialVersionUID", "J"))));
      }
      int methods = 0;
      int renamedMethods = 0;
      for (MemberInfo method : cls.methods()) {
        if (method.name().startsWith("<")) {
          continue;
        }
        methods++;
        List<Reason> reasons = plan.whyKept(Target.ofMethod(cls.name(), method.name(), method.descriptor()));
        if (reasons != null) {
          kept.add(new MemberReport("method", method.name(), method.descriptor(), reasons));
        } else if (!plan.methodName(cls.name(), method.name(), method.descriptor()).equals(method.name())) {
          renamedMethods++;
        }
      }
      List<Reason> classReasons = Objects.requireNonNullElse(plan.whyKept(Target.ofClass(cls.name())), List.of());
      reports.add(new ClassReport(cls.name(), plan.className(cls.name()), classReasons, kept, cls.fields().size(),
          renamedFields, methods, renamedMethods, adaptedStrings(plan, cls.name()),
          plan.notes().getOrDefault(Target.ofClass(cls.name()), List.of())));
    }
    return reports;
  }

  /** The adapted strings of one class or resource, in the order they appear. */
  static List<StringReport> adaptedStrings(Plan plan, String container) {
    List<StringReport> strings = new ArrayList<>();
    // sites sort by container first, a resource path lowest: one contiguous range per container
    SortedMap<ConstantSite, Adaptation> range = plan.adaptations().tailMap(new ConstantSite.ResourcePath(container));
    for (Map.Entry<ConstantSite, Adaptation> entry : range.entrySet()) {
      if (!entry.getKey().container().equals(container)) {
        break;
      }
      Adaptation adaptation = entry.getValue();
      strings.add(new StringReport(entry.getKey().toString(), adaptation.text(), plan.newText(adaptation),
          adaptation.target().toString(), adaptation.reasons()));
    }
    return strings;
  }
}
