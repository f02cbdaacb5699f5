package dev.jarmor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Explanation;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.passes.PassLog;
import dev.jarmor.passes.Pipeline;
import dev.jarmor.plan.Plan;
import dev.jarmor.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the passes did, as {@link Jarmor#explain} finds it in memory: the same as protecting finds, with the
 * methods passes left alone named by the program's original names.
 */
class PassSummaryTest {

  private static final String TRANSFORMER = "app/util/Transformer";
  private static final String AND_THEN = "(Lapp/util/Transformer;)Lapp/util/Transformer;";

  @TempDir Path temp;

  @Test
  void methodsLeftAloneAreNamedByOriginalNamesBesideOutputNames() throws Exception {
    Path classes = Programs.compile("java8", 8, temp.resolve("classes"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      String newClass = plan.className(TRANSFORMER);
      String newMethod = plan.methodName(TRANSFORMER, "andThen", AND_THEN) + plan.descriptor(AND_THEN);
      assertThat(newClass).isNotEqualTo(TRANSFORMER);
      assertThat(newMethod).isNotEqualTo("andThen" + AND_THEN);
      PassLog log = new PassLog();
      log.skipped("flow", newClass, newMethod, "too large");
      log.skipped("flow", newClass, "added()V", "a method a pass added");

      PassSummary summary = PassSummary.of(3, Pipeline.steps(), new java.util.TreeMap<>(), log, plan);

      assertThat(summary.leftAlone(Pipeline.Step.FLOW)).containsExactly(
          new PassSummary.LeftAlone("flow", TRANSFORMER, newClass, "added()V", "added()V", "a method a pass added"),
          new PassSummary.LeftAlone("flow", TRANSFORMER, newClass, "andThen" + AND_THEN, newMethod, "too large"));
      assertThat(summary.leftAlone(Pipeline.Step.NUMBERS)).isEmpty();
      assertThat(PassSummary.of(3, Pipeline.steps(), new java.util.TreeMap<>(), log, plan.withoutRenaming()).leftAlone())
          .as("under a plan that renames nothing, output names are the original ones")
          .extracting(PassSummary.LeftAlone::className).containsOnly(newClass);
    }
  }

  @Test
  void explainRunsThePassesOfTheLevelAndWritesNothingButTheReport() throws Exception {
    Path classes = Programs.compile("java8", 8, temp.resolve("classes"));
    ProtectResult protect = Jarmor.protect(ProtectOptions.builder().input(classes).output(temp.resolve("out.jar"))
        .level(3).seed(7L).build(), JarmorListener.SILENT);
    Files.delete(temp.resolve("out.jar"));

    Explanation level3 = Jarmor.explain(ProtectOptions.builder().input(classes).level(3).seed(7L).build(),
        JarmorListener.SILENT);
    Explanation level1 = Jarmor.explain(ProtectOptions.builder().input(classes).level(1).seed(7L)
        .report(temp.resolve("report.json")).build(), JarmorListener.SILENT);

    assertThat(level3.passes().counts()).isEqualTo(protect.passes().counts()).containsKey("flow");
    assertThat(level3.passes().selected()).as("every step a level selects")
        .isEqualTo(Pipeline.steps().stream().filter(step -> step.level() <= Pipeline.MAX_LEVEL).toList());
    assertThat(level1.passes().selected()).containsExactly(Pipeline.Step.RENAME, Pipeline.Step.DEBUG_NAMES);
    assertThat(level1.passes().counts()).containsOnlyKeys("rename", "debug-names", "lines");
    assertThat(level1.plan().className(TRANSFORMER)).isEqualTo(level3.plan().className(TRANSFORMER));
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("classes", "report.json");
    }
  }
}
