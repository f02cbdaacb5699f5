package dev.jarmor.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MappingParserTest {

  private static Mapping parse(String text) throws IOException {
    return MappingParser.parse(new StringReader(text), "mapping.txt");
  }

  @Test
  void readsProGuardMapping() throws IOException {
    Mapping mapping = parse("""
        com.acme.Foo -> a.b:
            int count -> a
            java.lang.String name -> b
            void run() -> c
            java.util.List list(int,java.lang.String) -> d
            1:5:void <init>() -> <init>
            6:9:java.lang.String[][] table(java.lang.Object[],char):40:43 -> e
        com.acme.Foo$Inner -> a.c:
        com.acme.Kept -> com.acme.Kept:
            void main(java.lang.String[]) -> main
        """);

    assertThat(mapping.classes()).extracting(ClassMapping::originalName)
        .containsExactly("com.acme.Foo", "com.acme.Foo$Inner", "com.acme.Kept");
    ClassMapping foo = mapping.byOriginalName("com.acme.Foo");
    assertThat(foo.newName()).isEqualTo("a.b");
    assertThat(foo.renamed()).isTrue();
    assertThat(foo.fields()).containsExactly(
        new FieldMapping("int", "count", "a"), new FieldMapping("java.lang.String", "name", "b"));
    assertThat(foo.methods()).containsExactly(
        new MethodMapping("void", "run", List.of(), "c"),
        new MethodMapping("java.util.List", "list", List.of("int", "java.lang.String"), "d"),
        new MethodMapping(new LineRange(1, 5), "void", null, "<init>", List.of(), null, "<init>"),
        new MethodMapping(new LineRange(6, 9), "java.lang.String[][]", null, "table",
            List.of("java.lang.Object[]", "char"), new LineRange(40, 43), "e"));
    assertThat(foo.methods().get(3).descriptor()).isEqualTo("([Ljava/lang/Object;C)[[Ljava/lang/String;");
    assertThat(foo.fields().get(1).descriptor()).isEqualTo("Ljava/lang/String;");
    assertThat(mapping.byNewName("a.c").originalName()).isEqualTo("com.acme.Foo$Inner");
    assertThat(mapping.byOriginalName("com.acme.Kept").renamed()).isFalse();
    assertThat(mapping.byNewName("nope")).isNull();
  }

  @Test
  void readsR8MappingWithMetadataAndInlineChains() throws IOException {
    Mapping mapping = parse("""
        # compiler: R8
        # compiler_version: 8.2.42
        # min_api: 24
        # common_typos_disable
        # {"id":"com.android.tools.r8.mapping","version":"2.2"}
        # pg_map_id: 6a7b3c1
        # pg_map_hash: SHA-256 6a7b3c1f00
        com.acme.Engine -> a.e:
        # {"id":"sourceFile","fileName":"Engine.kt"}
            int com.acme.Other.moved -> b
            1:3:void check(int):10:12 -> a
            4:4:void com.acme.Util.validate():30:30 -> a
            4:4:void process():20 -> a
              # {"id":"com.android.tools.r8.rewriteFrame","conditions":["throws(Ljava/lang/NullPointerException;)"]}
            5:9:void process():21:25 -> a
            10:10:void com.acme.Engine.self():5 -> b
            7:void single() -> c
            void <clinit>() -> <clinit>
        """);

    ClassMapping engine = mapping.byNewName("a.e");
    assertThat(engine.sourceFile()).isEqualTo("Engine.kt");
    assertThat(engine.fields()).containsExactly(new FieldMapping("int", "com.acme.Other", "moved", "b"));
    assertThat(engine.methods().get(1)).isEqualTo(new MethodMapping(LineRange.of(4), "void", "com.acme.Util",
        "validate", List.of(), new LineRange(30, 30), "a"));
    assertThat(engine.methods().get(2).originalLines()).isEqualTo(LineRange.of(20));
    assertThat(engine.methods().get(4).originalClass()).as("qualified with its own class").isNull();
    assertThat(engine.methods().get(5).lines()).isEqualTo(LineRange.of(7));
    assertThat(engine.inlineChains()).extracting(List::size).containsExactly(1, 2, 1, 1, 1, 1);
    assertThat(engine.declarations()).extracting(MethodMapping::originalName)
        .containsExactly("check", "process", "process", "self", "single", "<clinit>");
  }

  @Test
  void toleratesBlankLinesCrLfAndByteOrderMark() throws IOException {
    Mapping mapping = parse("\uFEFFcom.acme.Foo -> a:\r\n\r\n    int count -> b\r\n\t void run() -> c\r\n");

    assertThat(mapping.classes()).singleElement().satisfies(cls -> {
      assertThat(cls.originalName()).isEqualTo("com.acme.Foo");
      assertThat(cls.fields()).containsExactly(new FieldMapping("int", "count", "b"));
      assertThat(cls.methods()).containsExactly(new MethodMapping("void", "run", List.of(), "c"));
    });
  }

  @Test
  void readsAnEmptyMapping() throws IOException {
    assertThat(parse("# compiler: jarmor\n").classes()).isEmpty();
    assertThat(parse("").classes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "com.acme.Foo a.b:",
      "com.acme.Foo -> a.b",
      " -> a.b:",
      "com.acme.Foo -> :",
      "com.acme.Foo[] -> a:",
      "com.acme.Foo -> a:\n    int count",
      "com.acme.Foo -> a:\n    count -> a",
      "com.acme.Foo -> a:\n    int count ->",
      "com.acme.Foo -> a:\n    int count -> a.b",
      "com.acme.Foo -> a:\n    void run( -> a",
      "com.acme.Foo -> a:\n    void run(int,) -> a",
      "com.acme.Foo -> a:\n    void run(java lang) -> a",
      "com.acme.Foo -> a:\n    void run():x -> a",
      "com.acme.Foo -> a:\n    5:3:void run() -> a",
      "com.acme.Foo -> a:\n    1:2:int count -> a",
      "com.acme.Foo -> a:\n    99999999999:void run() -> a",
      "com.acme.Foo -> a:\n    int[ count -> a",
      "    int count -> a",
      "com.acme.Foo -> a:\ncom.acme.Foo -> b:",
  })
  void rejectsMalformedLinesWithFileAndLine(String text) {
    int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(JarmorException.class, e -> {
          assertThat(e.kind()).isEqualTo(JarmorException.Kind.USAGE);
          assertThat(e.getMessage()).startsWith("mapping.txt:" + line + ": ");
        });
  }

  @Test
  void readsFilesAndReportsAMissingOneAsBadInput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mapping.txt");
    Files.writeString(file, "com.acme.Föö -> a:\n    java.lang.String ñame -> b\n");

    assertThat(MappingParser.parse(file).byNewName("a").fields())
        .containsExactly(new FieldMapping("java.lang.String", "ñame", "b"));
    assertThatThrownBy(() -> MappingParser.parse(dir.resolve("missing.txt")))
        .isInstanceOfSatisfying(JarmorException.class, e -> {
          assertThat(e.kind()).isEqualTo(JarmorException.Kind.INPUT);
          assertThat(e.userMessage()).isEqualTo("mapping file not found (" + dir.resolve("missing.txt") + ")");
        });
  }

  @Test
  void mapsSingleOriginalLinesAndShiftsRanges() {
    MethodMapping shifted = new MethodMapping(new LineRange(5, 9), "void", null, "run", List.of(),
        new LineRange(21, 25), "a");
    MethodMapping caller =
        new MethodMapping(new LineRange(5, 9), "void", null, "run", List.of(), LineRange.of(20), "a");
    MethodMapping unshifted = new MethodMapping(new LineRange(5, 9), "void", null, "run", List.of(), null, "a");

    assertThat(shifted.originalLine(7)).isEqualTo(23);
    assertThat(caller.originalLine(7)).isEqualTo(20);
    assertThat(unshifted.originalLine(7)).isEqualTo(7);
  }
}
