package dev.jarmor.report;

import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text report of {@code jarmor explain}: per class, its new name or why it keeps its name,
 * then every kept member and why, then every string constant of the class that follows a new name, then
 * what the analysis could not decide there (a lookup by a name it cannot tell).
 *
 * <pre>
 * package com.acme.res  kept: holds com/acme/res/logo.png, which code finds by a path ... [resource]
 * com.acme.Boot  kept: Main-Class in META-INF/MANIFEST.MF [entry-point]
 *   method main([Ljava/lang/String;)V  kept: main method of the Main-Class [entry-point]
 *   string "com.acme.internal.Cache" -> "a.b"  names com.acme.internal.Cache: "com.acme.internal.Cache" at
 *       com.acme.Boot.main:12 spells its name [class-name-string]
 * resource META-INF/services/com.acme.spi.Codec
 *   string "com.acme.spi.Codec" -> "a.c"  names com.acme.spi.Codec: the service file's name [resource]
 * com.acme.internal.Cache -> a.b  (3 members renamed)
 * </pre>
 */
public final class ExplainWriter {

  private ExplainWriter() {}

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
      for (ClassReport.MemberReport member : cls.keptMembers()) {
        String signature = member.kind().equals("field") ? member.name() + " " + member.descriptor()
            : member.name() + member.descriptor();
        out.println("  " + member.kind() + " " + signature + "  kept: " + join(member.reasons()));
      }
      cls.adaptedStrings().forEach(string -> print(string, out));
      cls.notes().forEach(note -> out.println("  note: " + note));
    }
    for (ResourceReport resource : ResourceReport.of(plan)) {
      out.println("resource " + resource.path());
      resource.adaptedStrings().forEach(string -> print(string, out));
    }
    out.flush();
  }

  private static void print(ClassReport.StringReport string, PrintWriter out) {
    out.println("  string " + JsonReport.string(string.text()) + " -> " + JsonReport.string(string.newText())
        + "  names " + string.names() + ": " + join(string.reasons()));
  }

  private static String join(List<Reason> reasons) {
    return reasons.stream().map(Reason::toString).collect(Collectors.joining("; "));
  }
}
