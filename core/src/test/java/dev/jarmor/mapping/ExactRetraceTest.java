package dev.jarmor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A program compiled as Maven compiles it ({@code -g}, and {@code -parameters} as Spring users do) prints
 * the stack traces of five failures (a constructor, a lambda, methods renamed alike, a static initializer,
 * a nested class); protected at every level, its output retraced with the mapping must be the original's,
 * frame for frame, and the level-1 output must name nothing of the source beside the classes' own names.
 */
class ExactRetraceTest {

  private static final String MAIN = "com.shopco.orders.App";

  @TempDir static Path temp;
  private static Path classes;
  private static String original;

  @BeforeAll
  static void compileAndRunTheOriginal() throws Exception {
    classes = Programs.compile("orders", 11, temp.resolve("classes"), "-g", "-parameters");
    original = JavaRunner.output(List.of(classes), MAIN);
    assertThat(original).as("every scenario fails with a trace").contains(
        "at com.shopco.orders.model.LineItem.<init>(LineItem.java:9)",
        "at com.shopco.orders.OrderService.lambda$toOrder$0(OrderService.java:35)",
        "at com.shopco.orders.Pricing.check(Pricing.java:17)",
        "at com.shopco.orders.Limits.<clinit>(Limits.java:4)",
        "at com.shopco.orders.model.Order$Summary.<init>(Order.java:21)");
  }

  @ParameterizedTest(name = "level {0}, --keep-lines {1}")
  @CsvSource({"1, false", "2, false", "2, true", "3, false", "3, true"})
  void retracesToTheOriginalFrames(int level, boolean keepLines) throws Exception {
    Path dir = Files.createTempDirectory(temp, "level" + level);
    Path mapping = dir.resolve("mapping.txt");
    ProtectResult result = protect(dir, ProtectOptions.builder().level(level).keepLines(keepLines).mapping(mapping));
    String trace = JavaRunner.output(List.of(dir.resolve("out.jar")), MAIN);
    assertThat(trace).doesNotContain("Pricing", "LineItem.java", "lambda$");
    String pricing = "com/shopco/orders/Pricing";
    assertThat(result.plan().methodName(pricing, "check", "(I)I"))
        .as("the test covers methods renamed alike").isNotEqualTo("check")
        .isEqualTo(result.plan().methodName(pricing, "priorityOf", "(Ljava/lang/String;)I"));

    String retraced = new Retracer(MappingParser.parse(mapping)).retrace(trace);

    if (level < 2 || keepLines) {
      assertThat(retraced).isEqualTo(original);
      return;
    }
    // each method has one line left, so a frame gives the method, and the line only where it had one line
    List<String> expected = original.lines().toList();
    List<String> actual = retraced.lines().toList();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).isIn(expected.get(i), withoutProgramLine(expected.get(i)));
    }
    assertThat(retraced).isNotEqualTo(original);
  }

  @Test
  void levelOneLeavesNoSourceNameInARenamedClass() throws Exception {
    Map<String, byte[]> input = ClassFiles.of(classes);
    assertThat(input.values()).as("the input carries what javac -g -parameters writes")
        .anyMatch(c -> ClassFiles.node(c).methods.stream().anyMatch(m -> m.localVariables != null
            && !m.localVariables.isEmpty() && m.parameters != null));
    ProtectResult result = protect(temp.resolve("names"), ProtectOptions.builder());

    Map<String, byte[]> output = ClassFiles.of(temp.resolve("names").resolve("out.jar"));
    int renamed = 0;
    for (Map.Entry<String, String> cls : result.plan().classNames().entrySet()) {
      ClassNode node = ClassFiles.node(output.get(cls.getValue() + ".class"));
      assertThat(node.sourceFile).as(cls.getKey()).isEqualTo("SourceFile");
      assertThat(node.sourceDebug).as(cls.getKey()).isNull();
      for (MethodNode method : node.methods) {
        assertThat(method.localVariables).as(cls.getKey() + "." + method.name).isNullOrEmpty();
        assertThat(method.parameters).as(cls.getKey() + "." + method.name).isNull();
      }
      renamed++;
    }
    assertThat(renamed).isGreaterThan(5);
  }

  @Test
  void keepsDebugNamesWhenAskedAndRetracesAllTheSame() throws Exception {
    Path dir = temp.resolve("kept");
    Path mapping = dir.resolve("mapping.txt");
    ProtectResult result = protect(dir, ProtectOptions.builder().pass("debug-names", false).mapping(mapping));
    ClassNode pricing = ClassFiles.node(ClassFiles.of(dir.resolve("out.jar"))
        .get(result.plan().className("com/shopco/orders/Pricing") + ".class"));
    assertThat(pricing.sourceFile).isEqualTo("Pricing.java");
    assertThat(pricing.methods).anyMatch(m -> m.localVariables != null && !m.localVariables.isEmpty());

    String trace = JavaRunner.output(List.of(dir.resolve("out.jar")), MAIN);
    assertThat(new Retracer(MappingParser.parse(mapping)).retrace(trace)).isEqualTo(original);
  }

  @Test
  void namesTheSourceFileAsTheUserSays() throws Exception {
    Path dir = temp.resolve("named");
    Path mapping = dir.resolve("mapping.txt");
    protect(dir, ProtectOptions.builder().sourceFileName("Protected").mapping(mapping));
    String trace = JavaRunner.output(List.of(dir.resolve("out.jar")), MAIN);
    assertThat(trace).contains("(Protected:").doesNotContain("SourceFile");
    assertThat(Files.readString(mapping)).contains("# {\"id\":\"sourceFile\",\"fileName\":\"Pricing.java\"}");
    assertThat(new Retracer(MappingParser.parse(mapping)).retrace(trace)).isEqualTo(original);
  }

  private static ProtectResult protect(Path dir, ProtectOptions.Builder options) throws Exception {
    Files.createDirectories(dir);
    return Jarmor.protect(options.input(classes).output(dir.resolve("out.jar")).seed(5L).build(),
        JarmorListener.SILENT);
  }

  /** A frame of the program without its line number. */
  private static String withoutProgramLine(String frame) {
    return frame.replaceAll("(at com\\.shopco\\.[^(]*\\(\\w+\\.java):\\d+\\)", "$1)");
  }
}
