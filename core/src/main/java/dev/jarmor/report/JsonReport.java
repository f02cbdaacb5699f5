package dev.jarmor.report;

import dev.jarmor.output.AtomicFile;
import dev.jarmor.passes.PassLog;
import dev.jarmor.passes.Pipeline;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON report ({@code --report}, written by {@code protect} and {@code explain}): what each pass
 * changed and left alone, and per class what {@link ExplainWriter} says, for tools and CI checks.
 * Wherever it names a class or member it gives the original name first ({@code name}, {@code class},
 * {@code method}: what {@code --keep}, {@code --exclude} and rules take) and the output name beside it
 * ({@code newName}, {@code newClass}, {@code newMethod}). Classes are dotted, descriptors internal.
 *
 * <pre>
 * {"level": 2,                                    the --level given
 *  "summary": {"classes": 3, "renamedClasses": 1,   what explain's summary says ({@link ExplainSummary}); members
 *    "fields": 4, "renamedFields": 2, "methods": 5, "renamedMethods": 2,     without constructors and initialisers
 *    "keptNames": 6, "keptBySource": [{"source": "entry-point", "names": 4}],   most first; a name kept for several
 *                                                 kinds counts under each
 *    "adaptedStrings": {"classes": 1, "resources": 1},
 *    "lookups": [{"source": "reflection", "reason": "Class.forName looks up ...", "count": 2}]},   by a name known
 *                                                 only at run time, by kind, most first; the notes say where
 *  "passes": [{"name": "flow", "level": 3,        every switchable pass, in running order, the level that runs it
 *                                                 (null: only its switch does, as --encrypt)
 *    "selected": true,                            whether these options run it
 *    "classes": 20, "sites": 152,                 classes changed and sites rewritten (0 when not run; at
 *                                                 level 0 what it would change)
 *    "leftAlone": [{"class": "com.acme.Big", "newClass": "a.b", "method": "huge(Lcom/acme/Big;)I",
 *      "newMethod": "c(La/b;)I", "why": "code would exceed 65535 bytes"}]}],
 *  "packages": [{"name": "com.acme.res", "newName": "com.acme.res", "kept": [REASON...]}],
 *  "classes": [{"name": "com.acme.Boot", "newName": "com.acme.Boot",
 *   "kept": [{"source": "entry-point", "reason": "Main-Class in META-INF/MANIFEST.MF"}],   REASON; [] if renamed
 *   "members": [{"kind": "method", "name": "main", "descriptor": "([Ljava/lang/String;)V",  kept members only
 *     "newName": "main", "newDescriptor": "([Ljava/lang/String;)V", "kept": [REASON...]}],
 *   "renamedMembers": 3,                          how many fields and methods are renamed (the mapping names them)
 *   "adaptedStrings": [{"where": "com.acme.Boot.main:12", "text": "com.acme.Cache", "newText": "a.b",
 *     "names": "com.acme.Cache", "why": [REASON...]}],
 *   "notes": [REASON...]}],                       lookups by a name known only at run time
 *  "resources": [{"path": "META-INF/services/com.acme.Spi", "adaptedStrings": [...]}]}
 * </pre>
 *
 * <p>Renamed members are counted, not listed: the mapping ({@code --mapping}) lists them, and listing
 * them here too would double a large program's report. The HTML report ({@link HtmlReport}) carries this very
 * text and draws its page from it.
 */
public final class JsonReport {

  private JsonReport() {}

  /** The report's text. */
  public static String json(Plan plan, PassSummary passes) {
    StringWriter out = new StringWriter();
    try {
      write(plan, passes, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /** Writes a report's text ({@link #json}) atomically: a temporary file moved into place. */
  public static void write(String json, Path target) {
    AtomicFile.writeText(target, "report", out -> out.write(json));
  }

  private static void write(Plan plan, PassSummary passes, Writer out) throws IOException {
    StringBuilder packages = new StringBuilder();
    for (var entry : plan.keeps().entrySet()) {
      if (entry.getKey() instanceof dev.jarmor.plan.Target.PackageTarget pkg) {
        packages.append(packages.isEmpty() ? "" : ",").append("\n  {\"name\": ")
            .append(string(pkg.name().replace('/', '.'))).append(", \"newName\": ")
            .append(string(plan.packageName(pkg.name()).replace('/', '.'))).append(", \"kept\": ").append(reasons(entry.getValue()))
            .append('}');
      }
    }
    out.write("{\"level\": " + passes.level() + ",\n\"summary\": " + summary(ExplainSummary.of(plan))
        + ",\n\"passes\": [" + passes(passes) + "],\n\"packages\": [" + packages + (packages.isEmpty() ? "" : "\n")
        + "], \"classes\": [");
    String sep = "\n";
    for (ClassReport cls : ClassReport.of(plan)) {
      out.write(sep);
      sep = ",\n";
      out.write("  {\"name\": " + string(cls.name().replace('/', '.')) + ", \"newName\": "
          + string(cls.newName().replace('/', '.')) + ", \"kept\": " + reasons(cls.classReasons()) + ", \"members\": [");
      String memberSep = "";
      for (ClassReport.MemberReport member : cls.keptMembers()) {
        out.write(memberSep + "{\"kind\": " + string(member.kind()) + ", \"name\": " + string(member.name())
            + ", \"descriptor\": " + string(member.descriptor()) + ", \"newName\": " + string(member.name())
            + ", \"newDescriptor\": " + string(plan.descriptor(member.descriptor())) + ", \"kept\": "
            + reasons(member.reasons()) + "}");
        memberSep = ", ";
      }
      out.write("], \"renamedMembers\": " + cls.renamedMembers() + ", \"adaptedStrings\": [");
      out.write(strings(cls.adaptedStrings()) + ", \"notes\": " + reasons(cls.notes()) + "}");
    }
    out.write("\n], \"resources\": [");
    sep = "\n";
    for (ResourceReport resource : ResourceReport.of(plan)) {
      out.write(sep + "  {\"path\": " + string(resource.path()) + ", \"adaptedStrings\": [" + strings(resource.adaptedStrings())
          + "}");
      sep = ",\n";
    }
    out.write("\n]}\n");
  }

  private static String summary(ExplainSummary summary) {
    RenameStats stats = summary.stats();
    String bySource = summary.keptBySource().stream()
        .map(kind -> "{\"source\": " + string(kind.source()) + ", \"names\": " + kind.names() + "}")
        .collect(Collectors.joining(", "));
    String lookups = summary.notes().stream()
        .map(note -> "{\"source\": " + string(note.note().source()) + ", \"reason\": " + string(note.note().text())
            + ", \"count\": " + note.count() + "}")
        .collect(Collectors.joining(",\n  "));
    return "{\"classes\": " + stats.classes() + ", \"renamedClasses\": " + stats.renamedClasses() + ", \"fields\": "
        + stats.fields() + ", \"renamedFields\": " + stats.renamedFields() + ", \"methods\": " + stats.methods()
        + ", \"renamedMethods\": " + stats.renamedMethods() + ",\n \"keptNames\": " + summary.keptNames()
        + ", \"keptBySource\": [" + bySource + "],\n \"adaptedStrings\": {\"classes\": " + summary.stringsInClasses()
        + ", \"resources\": " + summary.stringsInResources() + "},\n \"lookups\": [" + lookups + "]}";
  }

  /** Every switchable pass: the level it belongs to, whether the options select it, what it changed and left alone. */
  private static String passes(PassSummary summary) {
    StringBuilder json = new StringBuilder();
    for (Pipeline.Step step : Pipeline.steps()) {
      PassLog.Counts count = summary.counts(step);
      json.append(json.isEmpty() ? "\n  " : ",\n  ").append("{\"name\": ").append(string(step.switchName()))
          .append(", \"level\": ").append(step.level() > Pipeline.MAX_LEVEL ? "null" : step.level())
          .append(", \"selected\": ").append(summary.selected().contains(step))
          .append(", \"classes\": ").append(count.classes()).append(", \"sites\": ").append(count.sites())
          .append(", \"leftAlone\": [");
      String sep = "";
      for (PassSummary.LeftAlone skip : summary.leftAlone(step)) {
        json.append(sep).append("{\"class\": ").append(string(skip.className().replace('/', '.')))
            .append(", \"newClass\": ").append(string(skip.newClassName().replace('/', '.')))
            .append(", \"method\": ").append(string(skip.method()))
            .append(", \"newMethod\": ").append(string(skip.newMethod()))
            .append(", \"why\": ").append(string(skip.why())).append('}');
        sep = ", ";
      }
      json.append("]}");
    }
    return json.append('\n').toString();
  }

  private static String strings(List<ClassReport.StringReport> strings) {
    StringBuilder json = new StringBuilder();
    for (ClassReport.StringReport adapted : strings) {
      json.append(json.isEmpty() ? "" : ", ").append("{\"where\": ").append(string(adapted.where()))
          .append(", \"text\": ").append(string(adapted.text())).append(", \"newText\": ")
          .append(string(adapted.newText())).append(", \"names\": ").append(string(adapted.names()))
          .append(", \"why\": ").append(reasons(adapted.reasons())).append('}');
    }
    return json.append(']').toString();
  }

  private static String reasons(List<Reason> reasons) {
    StringBuilder json = new StringBuilder("[");
    for (Reason reason : reasons) {
      if (json.length() > 1) {
        json.append(", ");
      }
      json.append("{\"source\": ").append(string(reason.source())).append(", \"reason\": ").append(string(reason.text())).append('}');
    }
    return json.append(']').toString();
  }

  /** A JSON string literal of {@code value}, quotes included; the check's report writes its strings so too. */
  public static String string(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
