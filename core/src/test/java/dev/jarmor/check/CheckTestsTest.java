package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.ProtectOptions;
import dev.jarmor.mapping.ClassMapping;
import dev.jarmor.mapping.Mapping;
import dev.jarmor.mapping.MappingParser;
import dev.jarmor.mapping.MethodMapping;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.Programs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison of test runs, through a fake runner standing for JUnit: a test that passed on the original and
 * fails on the variant is a failure named by its original id with its trace retraced; one that passes when rerun
 * is flaky; one failing on the original does not count.
 */
class CheckTestsTest {

  private static final String CHECK_CLASS = "com.acme.names.ItemCheck";

  @TempDir Path temp;

  private final List<TestLaunch> launches = new ArrayList<>();
  private Path program;
  private Path tests;

  @BeforeEach
  void compile() throws Exception {
    Path classes = Programs.compile("names", 17, temp.resolve("names"));
    program = Jars.write(temp.resolve("names.jar"), Jars.entries(classes), null);
    tests = Programs.compile("names-tests", 17, temp.resolve("tests"));
  }

  private static String id(String cls, String method) {
    return "[engine:junit-jupiter]/[class:" + cls + "]/[method:" + method + "()]";
  }

  /**
   * Reports the four methods of ItemCheck: on a variant (its jar is named program.jar) under their new names,
   * read from the mapping beside it, {@code breaks} failing, {@code flaky} failing unless rerun alone;
   * {@code broken} fails everywhere.
   */
  private TestResults fakeJUnit(TestLaunch launch) {
    launches.add(launch);
    Path first = launch.classpath().get(0);
    boolean variant = first.getFileName().toString().equals("program.jar");
    boolean rerun = !launch.onlyTestIds().isEmpty();
    Mapping mapping = variant ? MappingParser.parse(first.resolveSibling("mapping.txt")) : null;
    ClassMapping cls = variant ? mapping.byOriginalName(CHECK_CLASS) : null;
    SortedMap<String, TestOutcome> byId = new TreeMap<>();
    for (String name : List.of("passes", "breaks", "flaky", "broken")) {
      MethodMapping method = cls == null ? null
          : cls.declarations().stream().filter(m -> m.originalName().equals(name)).findFirst().orElseThrow();
      String id = cls == null ? id(CHECK_CLASS, name) : id(cls.newName(), method.newName());
      boolean fails = name.equals("broken") || variant && (name.equals("breaks") || name.equals("flaky") && !rerun);
      String trace = "org.opentest4j.AssertionFailedError: expected 1\n\tat " + (cls == null ? CHECK_CLASS
          : cls.newName()) + "." + (method == null ? name : method.newName()) + "(SourceFile:"
          + (method == null || method.lines() == null ? 1 : method.lines().start()) + ")\n";
      if (!rerun || launch.onlyTestIds().contains(id)) {
        byId.put(id, fails ? new TestOutcome(TestOutcome.Status.FAILED, trace)
            : new TestOutcome(TestOutcome.Status.PASSED, null));
      }
    }
    return new TestResults(byId, "");
  }

  private CheckOptions options() {
    return CheckOptions.builder().protect(ProtectOptions.builder().input(program).seed(3L)).tests(tests)
        .levels("1").testRunner(this::fakeJUnit).build();
  }

  @Test
  void failingTestsAreNamedByOriginalIdsWithRetracedFailuresAndFlakyOnesApart() {
    CheckResult result = Check.run(options(), CheckListener.SILENT);

    TestsResult variant = result.variants().get(0).tests();
    assertThat(variant.compared()).as("broken fails on the original too: not compared").isEqualTo(3);
    assertThat(variant.failing()).containsOnlyKeys(id(CHECK_CLASS, "breaks"));
    assertThat(variant.failing().get(id(CHECK_CLASS, "breaks")))
        .startsWith("org.opentest4j.AssertionFailedError: expected 1")
        .contains("at com.acme.names.ItemCheck.breaks(ItemCheck.java:");
    assertThat(variant.flaky()).containsExactly(id(CHECK_CLASS, "flaky"));
    assertThat(result.passed()).isFalse();

    assertThat(launches).hasSize(3);
    TestLaunch protectedRun = launches.get(1);
    assertThat(protectedRun.testRoots()).as("the tests are protected with the program")
        .containsExactly(protectedRun.classpath().get(0));
    assertThat(launches.get(2).onlyTestIds()).as("the rerun selects the variant's own ids").hasSize(2)
        .noneMatch(id -> id.contains(CHECK_CLASS));
  }

  @Test
  void aRerunSelectsTestsByOriginalIdsTranslatedToTheVariantsNames() {
    CheckOptions options = options();
    CheckResult result = Check.run(options, CheckListener.SILENT);
    launches.clear();

    VariantResult again = Check.rerun(options, result.baseline(), result.variants().get(0).variant(),
        Adjustment.NONE, Selection.only(Set.of(), Set.of(id(CHECK_CLASS, "breaks"))), CheckListener.SILENT);

    assertThat(launches).as("the selected tests ran alone once").hasSize(1);
    assertThat(launches.get(0).onlyTestIds()).hasSize(1).noneMatch(id -> id.contains(CHECK_CLASS));
    assertThat(again.tests().compared()).isEqualTo(1);
    assertThat(again.tests().failing()).containsOnlyKeys(id(CHECK_CLASS, "breaks"));
  }

  @Test
  void unprotectedTestsRunAsTheyAreAgainstTheVariant() {
    CheckOptions options = CheckOptions.builder().protect(ProtectOptions.builder().input(program).seed(3L))
        .tests(tests).testsUnprotected(true).levels("1").testRunner(this::fakeJUnit).build();

    Check.run(options, CheckListener.SILENT);

    assertThat(launches.get(1).testRoots()).containsExactly(tests);
    assertThat(launches.get(1).classpath()).containsSubsequence(launches.get(1).classpath().get(0), tests);
  }
}
