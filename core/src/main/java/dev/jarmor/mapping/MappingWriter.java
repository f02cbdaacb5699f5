package dev.jarmor.mapping;

import dev.jarmor.output.AtomicFile;
import dev.jarmor.plan.Plan;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The writer of mapping files in ProGuard's {@code mapping.txt} format, which ProGuard ReTrace, R8
 * retrace and crash dashboards read:
 *
 * <pre>
 * # compiler: jarmor
 * com.acme.Foo -&gt; a.b:
 *     int count -&gt; a
 *     java.util.List list(int,java.lang.String) -&gt; d
 *     12:15:void run():40:43 -&gt; c
 * </pre>
 *
 * <p>Types are in Java source form with original class names. Line ranges are written when the
 * model has them, and a class's original source file in R8's comment form
 * ({@code # {"id":"sourceFile","fileName":"Foo.java"}}) after its class line. The output is the same
 * bytes for the same mapping: {@code \n} line ends, no timestamp, UTF-8.
 */
public final class MappingWriter {

  /** The first line, in the {@code # key: value} form ProGuard and R8 headers use. */
  static final String HEADER = "# compiler: jarmor";

  private MappingWriter() {}

  /** Writes the mapping of a plan. */
  public static void write(Plan plan, Writer out) throws IOException {
    write(PlanMapping.of(plan), out);
  }

  /** Writes the mapping of a plan to a file, replacing it only once the new file is complete. */
  public static void write(Plan plan, Path file) {
    write(PlanMapping.of(plan), file);
  }

  /** Writes the mapping of a plan with moved line numbers and original source files to a file, atomically. */
  public static void write(Plan plan, SourcePositions positions, Path file) {
    write(PlanMapping.of(plan, positions), file);
  }

  /** Writes a mapping to a file (UTF-8), replacing it only once the new file is complete. */
  public static void write(Mapping mapping, Path file) {
    AtomicFile.writeText(file, "mapping", out -> write(mapping, out));
  }

  /** Writes a mapping; the writer is flushed, not closed. */
  public static void write(Mapping mapping, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (ClassMapping cls : mapping.classes()) {
      out.write(cls.originalName() + " -> " + cls.newName() + ":\n");
      if (cls.sourceFile() != null) {
        out.write("# {\"id\":\"sourceFile\",\"fileName\":" + jsonString(cls.sourceFile()) + "}\n");
      }
      for (FieldMapping field : cls.fields()) {
        out.write("    " + field.type() + " " + qualified(field.originalClass(), field.originalName())
            + " -> " + field.newName() + "\n");
      }
      for (MethodMapping method : cls.methods()) {
        out.write("    " + methodLine(method) + "\n");
      }
    }
    out.flush();
  }

  /** A method line without its indent: {@code [12:15:]void run(int)[:40:43] -> c}. */
  static String methodLine(MethodMapping method) {
    StringBuilder line = new StringBuilder();
    if (method.lines() != null) {
      line.append(method.lines()).append(':');
    }
    line.append(method.returnType()).append(' ')
        .append(qualified(method.originalClass(), method.originalName()))
        .append('(').append(String.join(",", method.parameters())).append(')');
    if (method.originalLines() != null) {
      line.append(':').append(method.originalLines());
    }
    return line.append(" -> ").append(method.newName()).toString();
  }

  /** A JSON string, as R8 writes the file name of its {@code sourceFile} comment. */
  private static String jsonString(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String qualified(String originalClass, String name) {
    return originalClass == null ? name : originalClass + "." + name;
  }
}
