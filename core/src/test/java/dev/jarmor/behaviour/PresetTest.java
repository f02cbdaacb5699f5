package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Plan;
import dev.jarmor.rules.Presets;
import dev.jarmor.rules.RuleSet;
import dev.jarmor.testing.Compiler;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/** The shipped presets: each parses as written, and junit5 keeps exactly what Jupiter finds by name. */
class PresetTest {

  @TempDir Path temp;

  @Test
  void everyPresetParsesWithoutWarnings() {
    assertThat(Presets.all()).extracting(Presets.Preset::name)
        .containsExactly("jackson", "junit4", "junit5", "log4j2", "mapstruct", "picocli", "spring");
    for (Presets.Preset preset : Presets.all()) {
      RuleSet rules = preset.rules();
      assertThat(rules.rules()).as(preset.name()).isNotEmpty();
      assertThat(rules.warnings()).as(preset.name()).isEmpty();
      assertThat(preset.description()).as(preset.name()).isNotBlank().doesNotStartWith("#");
    }
  }

  @Test
  void junit5KeepsTestClassesAndAnnotatedMethodsAndRenamesTheCodeUnderTest() throws Exception {
    String api = jarOf(Test.class);
    String params = jarOf(ParameterizedTest.class);
    Path classes = Compiler.compile(Map.of(
        "lib.Calc", "package lib; public class Calc { public int add(int a, int b) { return a + b; } }",
        "lib.Fixture", """
            package lib;
            public abstract class Fixture {
              protected Calc calc;
              @org.junit.jupiter.api.BeforeEach void setUp() { calc = new Calc(); }
              protected int twice(int x) { return calc.add(x, x); }
            }""",
        "lib.CalcTest", """
            package lib;
            import org.junit.jupiter.api.*;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            class CalcTest extends Fixture {
              @Test void adds() { Assertions.assertEquals(4, twice(2)); }
              @ParameterizedTest @MethodSource("numbers") void many(int n) { Assertions.assertEquals(2 * n, twice(n)); }
              static int[] numbers() { return new int[] {1, 2}; }
              @Nested class WhenNegative { @Test void addsToo() { Assertions.assertEquals(-2, twice(-1)); } }
            }""",
        "lib.Checks", """
            package lib;
            class Checks { @org.junit.jupiter.api.Test void checks() { new Calc().add(1, 1); } }"""),
        17, temp.resolve("classes"), api, params);

    ProtectOptions options = ProtectOptions.builder().input(classes).library(api).library(params)
        .preset("junit5").build();
    try (Analysis analysis = Jarmor.analyze(options, JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      assertThat(plan.className("lib/CalcTest")).isEqualTo("lib/CalcTest");
      assertThat(plan.className("lib/CalcTest$WhenNegative")).isEqualTo("lib/CalcTest$WhenNegative");
      assertThat(plan.methodName("lib/CalcTest", "numbers", "()[I")).as("named by @MethodSource").isEqualTo("numbers");
      assertThat(plan.methodName("lib/CalcTest", "many", "(I)V")).isEqualTo("many");
      assertThat(plan.className("lib/Checks")).as("has @Test methods, any name").isEqualTo("lib/Checks");
      assertThat(plan.methodName("lib/Checks", "checks", "()V")).isEqualTo("checks");
      assertThat(plan.methodName("lib/Fixture", "setUp", "()V")).as("inherited lifecycle method").isEqualTo("setUp");
      assertThat(plan.className("lib/Fixture")).as("a base class of any name is not a test class")
          .isNotEqualTo("lib/Fixture");
      assertThat(plan.methodName("lib/Fixture", "twice", "(I)I")).isNotEqualTo("twice");
      assertThat(plan.className("lib/Calc")).as("the code under test").isNotEqualTo("lib/Calc");
      assertThat(plan.keeps().entrySet()).anySatisfy(e -> assertThat(e.getValue().toString()).contains("preset junit5:"));
    }
  }

  private static String jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
