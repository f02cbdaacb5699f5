package dev.jarmor.passes.debug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.Compiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What local variable tables keep: a constructor's parameters named as the class's fields, when those fields keep
 * their names (what jackson-module-scala reads through paranamer, as Scala 2 writes no MethodParameters); nothing
 * of a class whose fields are renamed, and no other local.
 */
class DebugNamesPassTest {

  private static final Map<String, String> SOURCES = Map.of(
      "p.Point", "package p; public final class Point { private final int x; private final int y;"
          + " public Point(int x, int y, int scale) { int sx = x * scale; int sy = y * scale;"
          + " if (sx > 1000) { throw new IllegalArgumentException(\"x \" + sx + \" too far\"); } this.x = sx; this.y = sy; }"
          + " public int x() { return x; } public int y() { return y; } }",
      "p.Hidden", "package p; public final class Hidden { private final int depth;"
          + " public Hidden(int depth) { this.depth = depth; } public int depth() { return depth; } }",
      "p.Main", "package p; public class Main { public static void main(String[] a) {"
          + " System.out.println(new Point(1, 2, 3).x() + new Hidden(4).depth()); } }");

  @TempDir Path temp;

  @ParameterizedTest(name = "--level {0}")
  @CsvSource({"1", "3"})
  void onlyParametersNamedAsKeptFieldsStay(int level) throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"), List.of("-g"));
    Path out = temp.resolve("out.jar");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(classes).output(out).level(level)
        .keep("p.Point").build(), JarmorListener.SILENT);

    Map<String, byte[]> output = ClassFiles.of(out);
    assertThat(locals(constructor(ClassFiles.node(output.get("p/Point.class")))))
        .as("the fields x and y keep their names: so do the parameters, not scale nor the locals")
        .containsExactly("x", "y");
    String hidden = result.plan().className("p/Hidden");
    assertThat(hidden).isNotEqualTo("p/Hidden");
    assertThat(locals(constructor(ClassFiles.node(output.get(hidden + ".class")))))
        .as("its field renamed: the parameter's name would give the original away").isEmpty();
  }

  private static MethodNode constructor(ClassNode node) {
    return node.methods.stream().filter(m -> m.name.equals("<init>")).findFirst().orElseThrow();
  }

  private static List<String> locals(MethodNode method) {
    return method.localVariables == null ? List.of() : method.localVariables.stream().map(l -> l.name).sorted().toList();
  }
}
