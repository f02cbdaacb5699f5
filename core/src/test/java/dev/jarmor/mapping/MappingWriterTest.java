package dev.jarmor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.plan.Plan;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingWriterTest {

  private static String write(Mapping mapping) throws IOException {
    StringWriter out = new StringWriter();
    MappingWriter.write(mapping, out);
    return out.toString();
  }

  private static String write(Plan plan) throws IOException {
    StringWriter out = new StringWriter();
    MappingWriter.write(plan, out);
    return out.toString();
  }

  @Test
  void writesProGuardFormatWithOptionalLineNumbers() throws IOException {
    Mapping mapping = new Mapping(List.of(
        new ClassMapping("com.acme.Foo", "a.b", null,
            List.of(new FieldMapping("int", "count", "a"), new FieldMapping("java.lang.String[][]", "grid", "b")),
            List.of(new MethodMapping("void", "run", List.of(), "c"),
                new MethodMapping("java.util.List", "list", List.of("int", "java.lang.String"), "d"),
                new MethodMapping(new LineRange(1, 4), "void", null, "go", List.of("long[]"),
                    new LineRange(40, 43), "e"),
                new MethodMapping(LineRange.of(5), "void", "com.acme.Util", "check", List.of(), LineRange.of(9), "e"))),
        new ClassMapping("com.acme.Main", "com.acme.Main", null, List.of(), List.of())));

    assertThat(write(mapping)).isEqualTo("""
        # compiler: jarmor
        com.acme.Foo -> a.b:
            int count -> a
            java.lang.String[][] grid -> b
            void run() -> c
            java.util.List list(int,java.lang.String) -> d
            1:4:void go(long[]):40:43 -> e
            5:5:void com.acme.Util.check():9:9 -> e
        com.acme.Main -> com.acme.Main:
        """);
  }

  @Test
  void writesEveryProgramClassAndMemberOfAPlan(@TempDir Path dir) throws IOException {
    Path classes = TestPrograms.compile(dir, TestPrograms.V1);
    try (Analysis analysis = TestPrograms.analyze(classes, 1)) {
      Plan plan = analysis.plan();
      String text = write(plan);
      List<String> lines = text.lines().toList();

      assertThat(lines.get(0)).isEqualTo("# compiler: jarmor");
      List<String> classLines = lines.stream().filter(l -> !l.startsWith(" ") && !l.startsWith("#")).toList();
      assertThat(classLines).extracting(l -> l.substring(0, l.indexOf(" -> "))).containsExactly(
          "com.acme.app.Main", "com.acme.core.Circle", "com.acme.core.Shape", "com.acme.core.Worker",
          "com.acme.core.Worker$Task");
      assertThat(classLines).contains("com.acme.app.Main -> com.acme.app.Main:",
          "com.acme.core.Worker -> " + plan.className("com/acme/core/Worker").replace('/', '.') + ":");
      assertThat(text).doesNotContain("<init>", "<clinit>")
          .contains("    void main(java.lang.String[]) -> main\n")
          .contains("    long[][] grid -> " + plan.fieldName("com/acme/core/Worker", "grid", "[[J") + "\n")
          .contains("    java.util.List[] lists -> ")
          .contains("    java.util.List list(int,java.lang.String) -> "
              + plan.methodName("com/acme/core/Worker", "list", "(ILjava/lang/String;)Ljava/util/List;") + "\n")
          .contains("    java.lang.String[][] table(java.lang.Object[],char) -> ")
          .contains("    java.lang.String toString() -> toString\n")
          .contains("    com.acme.core.Worker this$0 -> ");
      // every member is listed, renamed or not, in declaration order with fields first
      int worker = lines.indexOf(classLines.get(3));
      assertThat(lines.subList(worker + 1, worker + 9)).extracting(l -> l.strip().split(" ")[1]).containsExactly(
          "count", "name", "grid", "lists", "run(int)", "helper(int)", "list(int,java.lang.String)",
          "table(java.lang.Object[],char)");
      assertThat(write(plan)).as("deterministic").isEqualTo(text);
    }
  }

  @Test
  void writesAFileAtomically(@TempDir Path dir) throws IOException {
    Mapping mapping = new Mapping(List.of(new ClassMapping("com.acme.Foo", "a", null, List.of(), List.of())));
    Path file = dir.resolve("out/mapping.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old content that is longer than the new one\n");

    MappingWriter.write(mapping, file);

    assertThat(Files.readString(file)).isEqualTo("# compiler: jarmor\ncom.acme.Foo -> a:\n");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }
}
