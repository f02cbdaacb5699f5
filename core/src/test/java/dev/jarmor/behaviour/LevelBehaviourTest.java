package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import dev.jarmor.testing.SameOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;

/**
 * The test programs at every protection level: the same output as the original, and from level 2
 * on no string literal or masked number of the input left in any class file, no name of the source, and one
 * line number a method.
 */
class LevelBehaviourTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0} for Java {1} at level {3}")
  @CsvSource({"java8, 8, app.Main, 0", "java8, 8, app.Main, 2", "java8, 8, app.Main, 3", "java8, 17, app.Main, 2",
      "java8, 17, app.Main, 3", "java17, 17, shop.Main, 0", "java17, 17, shop.Main, 2", "java17, 17, shop.Main, 3",
      "java8, 8, app.Main, 4", "java17, 17, shop.Main, 4"})
  void behavesLikeTheOriginal(String program, int release, String main, int level) throws Exception {
    Path classes = Programs.compile(program, release, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    Path report = temp.resolve("report.json");
    SameOutput.afterProtection(classes, out, ProtectOptions.builder().seed(42L).level(level).report(report), main,
        List.of());
    if (level == 0) {
      assertThat(ClassFiles.of(out).keySet()).as("written as they came").isEqualTo(ClassFiles.of(classes).keySet());
      assertThat(Files.readString(report)).as("the report says what each level would change")
          .containsPattern("\\{\"name\": \"strings\", \"level\": 2, \"selected\": false, \"classes\": [1-9]")
          .containsPattern("\\{\"name\": \"rename\", \"level\": 1, \"selected\": false, \"classes\": [1-9]");
    }
  }

  @ParameterizedTest(name = "{0} for Java {1} at level {2}")
  @CsvSource({"java8, 8, 2", "java8, 17, 3", "java17, 17, 2", "java17, 17, 3", "java17, 17, 4"})
  void noLiteralNumberOrDebugInformationOfTheInputIsLeft(String program, int release, int level) throws Exception {
    Path classes = Programs.compile(program, release, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(classes).output(out).seed(7L).level(level)
        .build(), JarmorListener.SILENT);

    Map<String, byte[]> input = ClassFiles.of(classes);
    Set<String> literals = new TreeSet<>();
    Set<Long> numbers = new TreeSet<>();
    for (byte[] cls : input.values()) {
      ClassFiles.literals(cls).stream().filter(s -> s.length() >= 4).forEach(literals::add);
      if ((ClassFiles.node(cls).access & Opcodes.ACC_INTERFACE) == 0) {
        ClassFiles.numbers(cls).stream().filter(n -> n > 5 || n < -1).forEach(numbers::add);
      }
    }
    assertThat(literals).as("the programs have literals to hide").hasSizeGreaterThan(20);
    assertThat(numbers).as("and numbers").isNotEmpty();

    Set<String> programClasses = input.keySet().stream()
        .map(entry -> result.plan().className(entry.substring(0, entry.length() - ".class".length())) + ".class")
        .collect(Collectors.toSet());
    for (Map.Entry<String, byte[]> entry : ClassFiles.of(out).entrySet()) {
      if (!programClasses.contains(entry.getKey())) {
        continue; // the runtime's own classes
      }
      byte[] cls = entry.getValue();
      assertThat(ClassFiles.stringConstants(cls)).as(entry.getKey()).doesNotContainAnyElementsOf(literals);
      ClassNode node = ClassFiles.node(cls);
      if ((node.access & Opcodes.ACC_INTERFACE) == 0) {
        assertThat(ClassFiles.numbers(cls)).as(entry.getKey()).doesNotContainAnyElementsOf(numbers);
      }
      assertThat(node.sourceFile).as(entry.getKey()).isEqualTo("SourceFile");
      node.methods.forEach(m -> {
        assertThat(m.localVariables).as(entry.getKey() + " " + m.name).isNullOrEmpty();
        assertThat(lineNumbers(m)).as(entry.getKey() + " " + m.name).hasSizeLessThan(2);
      });
    }
  }

  /** A rules file's {@code -exclude strings:<class>} scopes the passes as {@code --exclude strings:<class>} does. */
  @org.junit.jupiter.api.Test
  void excludeInARulesFileLeavesTheClassToThePassesAsTheOptionDoes() throws Exception {
    Path classes = Programs.compile("java8", 8, temp.resolve("classes"));
    Path rules = Files.writeString(temp.resolve("scope.pro"), "-exclude strings:app.Main\n");
    Path excluded = temp.resolve("excluded.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(excluded).seed(7L).level(2).rules(rules).build(),
        JarmorListener.SILENT);
    Path whole = temp.resolve("whole.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(whole).seed(7L).level(2).build(),
        JarmorListener.SILENT);
    List<String> mainLiterals = ClassFiles.literals(ClassFiles.of(classes).get("app/Main.class")).stream()
        .filter(s -> !s.isBlank() && !s.contains("\u0001")).toList();
    assertThat(mainLiterals).isNotEmpty();
    assertThat(ClassFiles.stringConstants(ClassFiles.of(excluded).get("app/Main.class"))).as("excluded from strings")
        .containsAll(mainLiterals);
    // a one-character text encrypts to one character, which may be another of the literals
    assertThat(ClassFiles.stringConstants(ClassFiles.of(whole).get("app/Main.class"))).as("encrypted without it")
        .doesNotContainAnyElementsOf(mainLiterals.stream().filter(s -> s.length() > 1).toList());
    assertThat(JavaRunner.output(List.of(excluded), "app.Main"))
        .isEqualTo(JavaRunner.output(List.of(classes), "app.Main"));
  }

  /** {@code --exclude strings:<class>} leaves that class's strings to the other passes; a switch beats the level. */
  @org.junit.jupiter.api.Test
  void scopesAndSwitchesChooseWhatEachPassTouches() throws Exception {
    Path classes = Programs.compile("java8", 8, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).seed(7L).level(2).exclude("strings:app.Main")
        .pass("debug-info", false).build(), JarmorListener.SILENT);
    Map<String, byte[]> input = ClassFiles.of(classes);
    Map<String, byte[]> output = ClassFiles.of(out);
    Set<String> mainLiterals = ClassFiles.literals(input.get("app/Main.class"));
    assertThat(ClassFiles.stringConstants(output.get("app/Main.class"))).as("excluded from strings")
        .containsAll(mainLiterals.stream().filter(s -> !s.isEmpty() && !s.contains("\u0001")).toList());
    assertThat(ClassFiles.numbers(output.get("app/Main.class"))).as("numbers still masked")
        .doesNotContainAnyElementsOf(ClassFiles.numbers(input.get("app/Main.class")).stream()
            .filter(n -> n > 5 || n < -1).toList());
    assertThat(ClassFiles.node(output.get("app/Main.class")).methods).as("--no-debug-info keeps every line")
        .anyMatch(m -> lineNumbers(m).size() > 2);
  }

  private static Set<Integer> lineNumbers(org.objectweb.asm.tree.MethodNode method) {
    Set<Integer> lines = new TreeSet<>();
    method.instructions.forEach(i -> {
      if (i instanceof LineNumberNode line) {
        lines.add(line.line);
      }
    });
    return lines;
  }
}
