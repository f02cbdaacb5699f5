package dev.jarmor.report;

import dev.jarmor.plan.Plan;
import java.util.List;

/**
 * How much of the program a plan renames: the measure of over-keeping, recorded per wire mode.
 *
 * @param classes program classes
 * @param renamedClasses those whose name changes
 * @param members fields and methods, constructors and initialisers excluded
 * @param renamedMembers those whose name changes
 */
public record RenameStats(int classes, int renamedClasses, int members, int renamedMembers) {

  public static RenameStats of(Plan plan) {
    List<ClassReport> reports = ClassReport.of(plan);
    int renamedClasses = 0;
    int members = 0;
    int renamedMembers = 0;
    for (ClassReport cls : reports) {
      if (!cls.newName().equals(cls.name())) {
        renamedClasses++;
      }
      members += cls.memberCount();
      renamedMembers += cls.renamedMembers();
    }
    return new RenameStats(reports.size(), renamedClasses, members, renamedMembers);
  }

  @Override
  public String toString() {
    return String.format("renamed %d of %d classes (%.0f%%) and %d of %d members (%.0f%%)", renamedClasses, classes,
        percent(renamedClasses, classes), renamedMembers, members, percent(renamedMembers, members));
  }

  /** {@code part} as a percentage of {@code whole}; 0 of nothing. */
  static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
