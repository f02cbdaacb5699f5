package dev.jarmor.report;

import dev.jarmor.plan.Plan;

/**
 * How much of the program a plan renames: the measure of over-keeping, recorded per wire mode.
 *
 * @param classes program classes
 * @param renamedClasses those whose name changes
 * @param fields their fields
 * @param renamedFields those whose name changes
 * @param methods their methods, constructors and initialisers excluded
 * @param renamedMethods those whose name changes
 */
public record RenameStats(int classes, int renamedClasses, int fields, int renamedFields, int methods,
    int renamedMethods) {

  public static RenameStats of(Plan plan) {
    int classes = 0;
    int renamedClasses = 0;
    int fields = 0;
    int renamedFields = 0;
    int methods = 0;
    int renamedMethods = 0;
    for (ClassReport cls : ClassReport.of(plan)) {
      classes++;
      if (!cls.newName().equals(cls.name())) {
        renamedClasses++;
      }
      fields += cls.fields();
      renamedFields += cls.renamedFields();
      methods += cls.methods();
      renamedMethods += cls.renamedMethods();
    }
    return new RenameStats(classes, renamedClasses, fields, renamedFields, methods, renamedMethods);
  }

  /** Fields and methods. */
  public int members() {
    return fields + methods;
  }

  /** Fields and methods whose name changes. */
  public int renamedMembers() {
    return renamedFields + renamedMethods;
  }

  @Override
  public String toString() {
    return String.format("renamed %d of %d classes (%.0f%%) and %d of %d members (%.0f%%)", renamedClasses, classes,
        percent(renamedClasses, classes), renamedMembers(), members(), percent(renamedMembers(), members()));
  }

  /** {@code part} as a percentage of {@code whole}; 0 of nothing. */
  static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
