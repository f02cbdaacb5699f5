package dev.jarmor.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.Programs;
import dev.jarmor.testing.ReportPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The HTML report: one file that fetches nothing, carrying byte for byte the JSON report of the same run, written
 * by protect and by explain with or without the JSON report, and safe from whatever a program's names and strings
 * hold (the JVM allows quotes, {@code <}, {@code >}, {@code !} and {@code -} in class and field names).
 */
class HtmlReportTest {

  @TempDir Path temp;

  @Test
  void thePageCarriesTheJsonReportByteForByteAndFetchesNothing() throws Exception {
    Path classes = Programs.compile("names", 17, temp.resolve("classes"));
    Path json = temp.resolve("report.json");
    Path html = temp.resolve("report.html");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(temp.resolve("out.jar")).level(3).seed(3L)
        .report(json).htmlReport(html).build(), JarmorListener.SILENT);

    String page = Files.readString(html);
    assertThat(ReportPages.json(page)).isEqualTo(Files.readString(json));
    assertThat(page).startsWith("<!DOCTYPE html>\n").contains("<title>jarmor report: classes</title>")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ");
    assertThat(page.toLowerCase(Locale.ROOT)).as("nothing outside the file is named")
        .doesNotContain("http:", "https:", "//cdn", "src=", "href=", "@import", "url(");
  }

  @Test
  void explainWritesThePageAloneWithTheReportProtectWrites() throws Exception {
    Path classes = Programs.compile("names", 17, temp.resolve("classes"));
    Path json = temp.resolve("protect.json");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(temp.resolve("out.jar")).level(2).seed(3L)
        .report(json).build(), JarmorListener.SILENT);
    Path html = temp.resolve("out/explain.html");

    Jarmor.explain(ProtectOptions.builder().input(classes).level(2).seed(3L).htmlReport(html).build(),
        JarmorListener.SILENT);

    assertThat(ReportPages.json(Files.readString(html))).isEqualTo(Files.readString(json));
    try (Stream<Path> files = Files.list(html.getParent())) {
      assertThat(files).containsExactly(html);
    }
  }

  @Test
  void namesAndStringsOfTheProgramCannotBreakOutOfThePage() throws Exception {
    String evil = "gen/Ev\"il<!--'\u00e9>";
    String wire = "gen/Wire<!--\"\u00e9>";
    Map<String, byte[]> entries = new TreeMap<>();
    entries.put("gen/Main.class", main(evil.replace('/', '.')));
    entries.put(evil + ".class", type(evil, null));
    entries.put(wire + ".class", type(wire, "v<!--'\"\u00e9>"));
    entries.put("gen/Target.class", type("gen/Target", null));
    entries.put("</script><!--\u00e9/plugin.properties", "impl=gen.Target\n".getBytes(UTF_8));
    Path jar = Jars.write(temp.resolve("in<b>\"&'\u00e9.jar"), entries, null);
    Path json = temp.resolve("report.json");
    Path html = temp.resolve("report.html");

    Jarmor.protect(ProtectOptions.builder().input(jar).output(temp.resolve("out.jar")).report(json).htmlReport(html)
        .build(), JarmorListener.SILENT);

    String report = Files.readString(json);
    assertThat(report).as("the hostile text is in the report: an adapted string, a kept field, a resource")
        .contains("\"text\": \"gen.Ev\\\"il<!--'\u00e9>\"").contains("\"name\": \"v<!--'\\\"\u00e9>\"")
        .contains("\"path\": \"</script><!--\u00e9/plugin.properties\"");
    String page = Files.readString(html);
    assertThat(ReportPages.json(page)).isEqualTo(report);
    assertThat(page.split("(?i)</script", -1)).as("only the JSON element and the script end a script").hasSize(3);
    assertThat(page).doesNotContain("<!--")
        .contains("<title>jarmor report: in&lt;b&gt;&quot;&amp;&#39;\u00e9.jar</title>")
        .contains("<p class=\"inputs\">in&lt;b&gt;&quot;&amp;&#39;\u00e9.jar</p>");
  }

  /** A class whose main looks the class {@code loaded} up by name: a string the report lists as adapted. */
  private static byte[] main(String loaded) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "gen/Main", null, "java/lang/Object", null);
    MethodVisitor main = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V",
        null, new String[] {"java/lang/Exception"});
    main.visitCode();
    main.visitLdcInsn(loaded);
    main.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Class", "forName", "(Ljava/lang/String;)Ljava/lang/Class;",
        false);
    main.visitInsn(Opcodes.POP);
    main.visitInsn(Opcodes.RETURN);
    main.visitMaxs(0, 0);
    main.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A class; with a field, a Serializable one, so that the field is kept, with a reason, in the open wire mode. */
  private static byte[] type(String name, String field) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object",
        field == null ? null : new String[] {"java/io/Serializable"});
    if (field != null) {
      writer.visitField(Opcodes.ACC_PRIVATE, field, "I", null, null).visitEnd();
    }
    writer.visitEnd();
    return writer.toByteArray();
  }
}
