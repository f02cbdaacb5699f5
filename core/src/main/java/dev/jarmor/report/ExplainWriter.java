package dev.jarmor.report;

import dev.jarmor.passes.Pipeline;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The text report of {@code jarmor explain}: a summary (how much is renamed, kept names by kind of
 * reason, strings adapted, lookups known only at run time), then what each pass changes and leaves
 * alone, then per class its new name or why it keeps its name, its kept members and why, every string
 * constant of the class that follows a new name, and what the analysis could not decide there (a
 * lookup by a name it cannot tell). Kept members of one kind with the same reasons share a line, and
 * notes differing only in where share one ({@link Folding}). Names are the program's original ones.
 *
 * <pre>
 * summary
 *   classes: 3, 1 renamed (33%), 2 keep their names (67%)
 *   members: 9, 4 renamed (44%), 5 keep their names (56%)
 *   kept names: 6, by kind of reason (a name kept for several kinds counts under each)
 *     4  entry-point
 *     2  resource
 *   strings adapted: 2 (1 in classes, 1 in resources)
 *   lookups known only at run time: 0
 * passes at level 3
 *   rename: 1 class, 4 sites changed
 *   flow: 2 classes, 31 sites changed
 *   flow left alone com.acme.Boot.huge(I)I: code would exceed 65535 bytes
 *   language option --kotlin-data-names renamed
 * classes
 * package com.acme.res  kept: holds com/acme/res/logo.png, which code finds by a path ... [resource]
 * com.acme.Boot  kept: Main-Class in META-INF/MANIFEST.MF [entry-point]
 *   method main([Ljava/lang/String;)V  kept: main method of the Main-Class [entry-point]
 *   field RED Lcom/acme/Color;, GREEN Lcom/acme/Color;  kept: enum constant: ... [enum]
 *   string "com.acme.internal.Cache" -> "a.b"  names com.acme.internal.Cache: "com.acme.internal.Cache" at
 *       com.acme.Boot.main:12 spells its name [class-name-string]
 *   note: Class.forName at com.acme.Boot.load:40, com.acme.Boot.load:52 looks up a class by ... [reflection]  (2 places)
 * resource META-INF/services/com.acme.spi.Codec
 *   string "com.acme.spi.Codec" -> "a.c"  names com.acme.spi.Codec: the service file's name [resource]
 * com.acme.internal.Cache -> a.b  (3 members renamed)
 * </pre>
 */
public final class ExplainWriter {

  private ExplainWriter() {}

  /** The whole report: summary, passes, classes. */
  public static void write(Plan plan, PassSummary passes, PrintWriter out) {
    writeSummary(ExplainSummary.of(plan), out);
    writePasses(passes, out);
    out.println("classes");
    write(plan, out);
  }

  private static void writeSummary(ExplainSummary summary, PrintWriter out) {
    RenameStats stats = summary.stats();
    out.println("summary");
    out.println("  classes: " + shares(stats.classes(), stats.renamedClasses()));
    out.println("  members: " + shares(stats.members(), stats.renamedMembers()));
    out.println("  kept names: " + summary.keptNames()
        + (summary.keptBySource().isEmpty() ? "" : ", by kind of reason (a name kept for several kinds counts under each)"));
    summary.keptBySource().forEach(kind -> out.println("    " + kind.names() + "  " + kind.source()));
    out.println("  strings adapted: " + (summary.stringsInClasses() + summary.stringsInResources()) + " ("
        + summary.stringsInClasses() + " in classes, " + summary.stringsInResources() + " in resources)");
    out.println("  lookups known only at run time: " + summary.lookups()
        + (summary.lookups() == 0 ? "" : " (the notes below say where)"));
    summary.notes().forEach(note -> out.println("    " + note.count() + "  " + note.note()));
  }

  private static String shares(int all, int renamed) {
    return all + ", " + renamed + " renamed (" + percent(renamed, all) + "), " + (all - renamed)
        + " keep their names (" + percent(all - renamed, all) + ")";
  }

  private static String percent(int part, int whole) {
    return String.format("%.0f%%", RenameStats.percent(part, whole));
  }

  /** What each selected pass changed and left alone, and which passes other levels or switches would add. */
  private static void writePasses(PassSummary passes, PrintWriter out) {
    out.println("passes at level " + passes.level() + (passes.selected().isEmpty()
        ? ": none, names and code stay as they are" : ""));
    Map<Integer, List<String>> notRun = new TreeMap<>();
    for (Pipeline.Step step : Pipeline.steps()) {
      if (!passes.selected().contains(step)) {
        if (step.level() > Pipeline.MAX_LEVEL) {
          // a step only its switch selects (encrypt) is no higher level's to run
          continue;
        }
        notRun.computeIfAbsent(step.level(), k -> new ArrayList<>())
            .add(step.switchName() + (step.level() <= passes.level() ? " (switched off)" : ""));
        continue;
      }
      var counts = passes.counts(step);
      out.println("  " + step.switchName() + ": " + counts.classes() + (counts.classes() == 1 ? " class, " : " classes, ")
          + counts.sites() + (counts.sites() == 1 ? " site" : " sites") + " changed");
      for (PassSummary.LeftAlone skip : passes.leftAlone(step)) {
        out.println("  " + skip.pass() + " left alone " + skip.className().replace('/', '.') + "." + skip.method()
            + ": " + skip.why());
      }
    }
    passes.languageOptions().forEach((name, value) -> out.println("  language option --" + name + " " + value));
    if (!notRun.isEmpty()) {
      out.println("  not run: " + notRun.entrySet().stream()
          .map(level -> String.join(", ", level.getValue()) + " (level " + level.getKey() + ")")
          .collect(Collectors.joining("; ")));
    }
  }

  /** The per-class part alone: kept packages, then each class, then each resource that names classes. */
  public static void write(Plan plan, PrintWriter out) {
    plan.keeps().forEach((target, reasons) -> {
      if (target instanceof Target.PackageTarget) {
        out.println(target + "  kept: " + join(reasons));
      }
    });
    for (ClassReport cls : ClassReport.of(plan)) {
      String name = cls.name().replace('/', '.');
      StringBuilder line = new StringBuilder(name);
      if (!cls.classReasons().isEmpty()) {
        line.append("  kept: ").append(join(cls.classReasons()));
      } else if (!cls.newName().equals(cls.name())) {
        line.append(" -> ").append(cls.newName().replace('/', '.'));
      }
      if (cls.renamedMembers() > 0) {
        line.append("  (").append(cls.renamedMembers()).append(cls.renamedMembers() == 1 ? " member" : " members")
            .append(" renamed)");
      }
      out.println(line);
      for (List<ClassReport.MemberReport> group : Folding.members(cls.keptMembers())) {
        out.println("  " + group.get(0).kind() + " " + group.stream().map(ExplainWriter::signature)
            .collect(Collectors.joining(", ")) + "  kept: " + join(group.get(0).reasons()));
      }
      cls.adaptedStrings().forEach(string -> print(string, out));
      for (Folding.Note note : Folding.notes(cls.notes())) {
        out.println("  note: " + note.text() + (note.count() == 1 ? "" : "  (" + note.count() + " places)"));
      }
    }
    for (ResourceReport resource : ResourceReport.of(plan)) {
      out.println("resource " + resource.path());
      resource.adaptedStrings().forEach(string -> print(string, out));
    }
    out.flush();
  }

  private static String signature(ClassReport.MemberReport member) {
    return member.kind().equals("field") ? member.name() + " " + member.descriptor()
        : member.name() + member.descriptor();
  }

  private static void print(ClassReport.StringReport string, PrintWriter out) {
    out.println("  string " + JsonReport.string(string.text()) + " -> " + JsonReport.string(string.newText())
        + "  names " + string.names() + ": " + join(string.reasons()));
  }

  private static String join(List<Reason> reasons) {
    return reasons.stream().map(Reason::toString).collect(Collectors.joining("; "));
  }
}
