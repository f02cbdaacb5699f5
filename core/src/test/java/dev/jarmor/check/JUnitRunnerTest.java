package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.JarmorException;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.JavaRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a small suite of JUnit 5 and JUnit 4 tests, compiled here, in real child JVMs on the console launcher's
 * platform and with the check-junit module that core's build copies into target/check-jars; and a suite built on
 * another JUnit (5.10, copied into target/junit-5.10), on its own launcher.
 */
class JUnitRunnerTest {

  private static final String JUPITER = "[engine:junit-jupiter]/[class:suite.OutcomesTest]/";
  private static final String SET_UP = "[engine:junit-jupiter]/[class:suite.SetUpFailsTest]/";
  private static final String TEAR_DOWN = "[engine:junit-jupiter]/[class:suite.TearDownFailsTest]/";
  private static final String PARAMETERS =
      "[engine:junit-jupiter]/[class:suite.ParametersFailTest]/[test-template:fromABrokenSource(int)]";
  private static final String VINTAGE = "[engine:junit-vintage]/[runner:suite.LegacyTest]/";

  @TempDir static Path temp;
  private static Path classes;
  private static Path junit4;
  private static Path workingDirectory;

  private final JUnitRunner runner = new JUnitRunner(Path.of(System.getProperty("jarmor.consoleLauncher")),
      Path.of(System.getProperty("jarmor.checkListener")));

  @BeforeAll
  static void compileSuite() throws Exception {
    junit4 = jarOf(org.junit.Test.class);
    classes = Compiler.compile(Map.of(
        "suite.OutcomesTest", """
            package suite;
            import static org.junit.jupiter.api.Assertions.*;
            import static org.junit.jupiter.api.Assumptions.assumeTrue;
            import java.nio.file.*;
            import org.junit.jupiter.api.*;
            public class OutcomesTest {
              @Test void passes() {}
              @Test void fails() { fail("on purpose\\twith a tab\\nand a second line"); }
              @Test @Disabled("not today") void disabled() {}
              @Test void aborts() { assumeTrue(false, "assumed away"); }
              @Test void readsAFileOfItsWorkingDirectory() throws Exception {
                assertEquals("hello", new String(Files.readAllBytes(Paths.get("data/input.txt")), "UTF-8"));
              }
            }
            """,
        "suite.SetUpFailsTest", """
            package suite;
            import org.junit.jupiter.api.*;
            public class SetUpFailsTest {
              @BeforeAll static void setUp() { throw new IllegalStateException("set-up broke"); }
              @Test void first() {}
              @Test void second() {}
            }
            """,
        "suite.TearDownFailsTest", """
            package suite;
            import org.junit.jupiter.api.*;
            public class TearDownFailsTest {
              @AfterAll static void tearDown() { throw new IllegalStateException("tear-down broke"); }
              @Test void passesFirst() {}
            }
            """,
        "suite.ParametersFailTest", """
            package suite;
            import java.util.stream.Stream;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            public class ParametersFailTest {
              static Stream<Integer> numbers() { throw new IllegalStateException("no numbers"); }
              @ParameterizedTest @MethodSource("numbers") void fromABrokenSource(int number) {}
            }
            """,
        "suite.LegacyTest", """
            package suite;
            import org.junit.*;
            public class LegacyTest {
              @Test public void passes() {}
              @Test public void fails() { Assert.fail("JUnit 4 fails"); }
              @Ignore @Test public void ignored() {}
            }
            """,
        "suite.SleepsTest", """
            package suite;
            import java.io.File;
            import java.nio.file.*;
            public class SleepsTest {
              // starts a JVM of its own first: ending the run must end it too
              @org.junit.jupiter.api.Test void sleeps() throws Exception {
                String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
                Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "suite.Sleeper")
                    .start();
                Files.write(Paths.get("child.pid"), String.valueOf(child.pid()).getBytes("UTF-8"));
                Thread.sleep(600_000);
              }
            }
            """,
        "suite.Sleeper", """
            package suite;
            public class Sleeper {
              public static void main(String[] args) throws Exception { Thread.sleep(600_000); }
            }
            """), 17, temp.resolve("classes"), List.of(), jarOf(org.junit.jupiter.api.Test.class).toString(),
        jarOf(org.opentest4j.TestAbortedException.class).toString(), jarOf(org.apiguardian.api.API.class).toString(),
        jarOf(org.junit.jupiter.params.ParameterizedTest.class).toString(), junit4.toString());
    workingDirectory = Files.createDirectories(temp.resolve("work/data")).getParent();
    Files.writeString(workingDirectory.resolve("data/input.txt"), "hello");
  }

  @Test
  void reportsEachTestsOutcomeByUniqueId() {
    TestResults results = runner.run(launch(List.of(), List.of(".*SleepsTest"), Set.of(), Duration.ofMinutes(2)));

    assertThat(results.timedOut()).isFalse();
    assertThat(results.byId()).containsOnlyKeys(JUPITER + "[method:passes()]", JUPITER + "[method:fails()]",
        JUPITER + "[method:disabled()]", JUPITER + "[method:aborts()]",
        JUPITER + "[method:readsAFileOfItsWorkingDirectory()]", SET_UP + "[method:first()]",
        SET_UP + "[method:second()]", TEAR_DOWN + "[method:passesFirst()]", PARAMETERS,
        VINTAGE + "[test:passes(suite.LegacyTest)]",
        VINTAGE + "[test:fails(suite.LegacyTest)]", VINTAGE + "[test:ignored(suite.LegacyTest)]");
    assertThat(results.byId().get(JUPITER + "[method:passes()]")).isEqualTo(passed());
    assertThat(results.byId().get(JUPITER + "[method:readsAFileOfItsWorkingDirectory()]")).isEqualTo(passed());
    assertThat(results.byId().get(JUPITER + "[method:disabled()]"))
        .isEqualTo(new TestOutcome(TestOutcome.Status.SKIPPED, null));
    TestOutcome fails = results.byId().get(JUPITER + "[method:fails()]");
    assertThat(fails.status()).isEqualTo(TestOutcome.Status.FAILED);
    assertThat(fails.failure()).startsWith("org.opentest4j.AssertionFailedError: on purpose\twith a tab\nand a second line")
        .contains("at suite.OutcomesTest.fails(");
    TestOutcome aborts = results.byId().get(JUPITER + "[method:aborts()]");
    assertThat(aborts.status()).isEqualTo(TestOutcome.Status.ABORTED);
    assertThat(aborts.failure()).contains("assumed away");
    for (String test : List.of("first()", "second()")) {
      TestOutcome outcome = results.byId().get(SET_UP + "[method:" + test + "]");
      assertThat(outcome.status()).as(test).isEqualTo(TestOutcome.Status.FAILED);
      assertThat(outcome.failure()).as(test).startsWith("java.lang.IllegalStateException: set-up broke");
    }
    // a container failing after its tests passed fails them; one holding no test is reported itself
    assertThat(results.byId().get(TEAR_DOWN + "[method:passesFirst()]").failure())
        .startsWith("java.lang.IllegalStateException: tear-down broke");
    assertThat(results.byId().get(PARAMETERS).status()).isEqualTo(TestOutcome.Status.FAILED);
    assertThat(results.byId().get(PARAMETERS).failure()).contains("no numbers");
    assertThat(results.byId().get(VINTAGE + "[test:passes(suite.LegacyTest)]")).isEqualTo(passed());
    assertThat(results.byId().get(VINTAGE + "[test:fails(suite.LegacyTest)]").failure())
        .startsWith("java.lang.AssertionError: JUnit 4 fails");
    assertThat(results.byId().get(VINTAGE + "[test:ignored(suite.LegacyTest)]").status())
        .isEqualTo(TestOutcome.Status.SKIPPED);
    // the listener prints nothing, and the launcher's summary is kept
    assertThat(results.log()).contains("tests failed").doesNotContain("PASSED");
  }

  @Test
  void rerunsOnlyTheTestsNamedById() {
    Set<String> failing = Set.of(JUPITER + "[method:fails()]", VINTAGE + "[test:fails(suite.LegacyTest)]",
        SET_UP + "[method:second()]");

    TestResults results = runner.run(launch(List.of(), List.of(), failing, Duration.ofMinutes(2)));

    assertThat(results.byId()).containsOnlyKeys(failing);
    assertThat(results.byId().values()).extracting(TestOutcome::status).containsOnly(TestOutcome.Status.FAILED);
  }

  @Test
  void aTimeoutEndsTheRunWithEveryJvmItStartedAndSaysSo() throws Exception {
    TestResults results = runner.run(launch(List.of(".*SleepsTest"), List.of(), Set.of(), Duration.ofSeconds(15)));

    assertThat(results.timedOut()).isTrue();
    TestOutcome sleeps = results.byId().get("[engine:junit-jupiter]/[class:suite.SleepsTest]/[method:sleeps()]");
    assertThat(sleeps.status()).isEqualTo(TestOutcome.Status.FAILED);
    assertThat(sleeps.failure()).isEqualTo("still running when the run was ended after its timeout of 15 s");
    long child = Long.parseLong(Files.readString(workingDirectory.resolve("child.pid")));
    boolean alive = ProcessHandle.of(child)
        .map(handle -> handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join().isAlive())
        .orElse(false);
    assertThat(alive).as("the JVM the test started").isFalse();
  }

  @Test
  void aMissingClassPathElementIsAnInputError() {
    Path missing = temp.resolve("no-such.jar");
    TestLaunch launch = new TestLaunch(JavaRunner.javaExecutable(), List.of(classes, missing), List.of(classes),
        List.of(), workingDirectory, List.of(), List.of(), Set.of(), Duration.ofMinutes(1));

    assertThatThrownBy(() -> runner.run(launch)).isInstanceOfSatisfying(JarmorException.class, e -> {
      assertThat(e.kind()).isEqualTo(JarmorException.Kind.INPUT);
      assertThat(e.userMessage()).isEqualTo("test class path element not found (" + missing + ")");
    });
  }

  @Test
  void aMissingWorkingDirectoryIsAnInputError() {
    Path missing = temp.resolve("no-such-folder");
    TestLaunch launch = new TestLaunch(JavaRunner.javaExecutable(), List.of(classes), List.of(classes), List.of(),
        missing, List.of(), List.of(), Set.of(), Duration.ofMinutes(1));

    assertThatThrownBy(() -> runner.run(launch)).isInstanceOfSatisfying(JarmorException.class,
        e -> assertThat(e.userMessage()).isEqualTo("working directory of the tests not found (" + missing + ")"));
  }

  @Test
  void aLauncherThatDoesNotStartIsAnInputErrorQuotingTheErrorOfItsLog() throws IOException {
    Path notAJar = Files.writeString(temp.resolve("not-a-launcher.jar"), "not a jar", StandardCharsets.UTF_8);
    JUnitRunner broken = new JUnitRunner(notAJar, Path.of(System.getProperty("jarmor.checkListener")));

    assertThatThrownBy(() -> broken.run(launch(List.of(), List.of(), Set.of(), Duration.ofMinutes(1))))
        .isInstanceOfSatisfying(JarmorException.class, e -> {
          assertThat(e.kind()).isEqualTo(JarmorException.Kind.INPUT);
          assertThat(e.getMessage()).startsWith("the JUnit launcher failed (exit 2): ")
              .as("the error, not a stack frame below it")
              .containsPattern("(ClassNotFoundException|NoClassDefFoundError): org.junit.platform.")
              .doesNotContain(" at ");
          assertThat(Path.of(e.where())).hasFileName("launcher.log").exists();
        });
  }

  @Test
  void aSuiteBringingItsLauncherRunsOnTheJUnitItWasBuiltWith() throws Exception {
    List<Path> junit = otherJUnit(jar -> true);
    Path suite = compileOnOtherJUnit(junit);
    List<Path> classpath = new ArrayList<>(List.of(suite));
    classpath.addAll(junit);

    TestResults results = runner.run(new TestLaunch(JavaRunner.javaExecutable(), classpath, List.of(suite), List.of(),
        workingDirectory, List.of(), List.of(), Set.of(), Duration.ofMinutes(2)));

    String test = "[engine:junit-jupiter]/[class:other.VersionTest]/";
    assertThat(results.byId()).containsOnlyKeys(test + "[method:runsOnJUnit510()]", test + "[method:fails()]");
    assertThat(results.byId().get(test + "[method:runsOnJUnit510()]")).isEqualTo(passed());
    assertThat(results.byId().get(test + "[method:fails()]").status()).isEqualTo(TestOutcome.Status.FAILED);
  }

  @Test
  void aSuiteOfAnotherJUnitWithoutItsLauncherIsRefusedNamingTheLauncherToAdd() throws Exception {
    List<Path> junit = otherJUnit(jar -> !jar.getFileName().toString().startsWith("junit-platform-launcher"));
    Path suite = compileOnOtherJUnit(junit);
    List<Path> classpath = new ArrayList<>(List.of(suite));
    classpath.addAll(junit);
    TestLaunch launch = new TestLaunch(JavaRunner.javaExecutable(), classpath, List.of(suite), List.of(),
        workingDirectory, List.of(), List.of(), Set.of(), Duration.ofMinutes(2));

    assertThatThrownBy(() -> runner.run(launch)).isInstanceOfSatisfying(JarmorException.class, e -> {
      assertThat(e.kind()).isEqualTo(JarmorException.Kind.INPUT);
      assertThat(e.userMessage()).matches("the tests use junit-jupiter-api 5\\.10\\.2, of JUnit Platform 1\\.10\\.2,"
          + " and jarmor's JUnit launcher is of 1\\.\\d+\\.\\d+: add junit-platform-launcher 1\\.10\\.2 to the tests'"
          + " libraries \\(--test-lib\\) \\(.*/junit-jupiter-api-5\\.10\\.2\\.jar\\)");
    });
  }

  /** The jars of JUnit 5.10 that core's build copies, in name order. */
  private static List<Path> otherJUnit(Predicate<Path> wanted) throws IOException {
    try (var jars = Files.list(Path.of(System.getProperty("jarmor.otherJUnit")))) {
      return jars.filter(wanted).sorted().toList();
    }
  }

  private static Path compileOnOtherJUnit(List<Path> junit) throws IOException {
    return Compiler.compile(Map.of("other.VersionTest", """
        package other;
        import static org.junit.jupiter.api.Assertions.*;
        import org.junit.jupiter.api.Test;
        public class VersionTest {
          @Test void runsOnJUnit510() { assertEquals("5.10.2", Test.class.getPackage().getImplementationVersion()); }
          @Test void fails() { fail("on purpose"); }
        }
        """), 17, temp.resolve("other-" + junit.size()), List.of(),
        junit.stream().map(Path::toString).toArray(String[]::new));
  }

  private static TestLaunch launch(List<String> include, List<String> exclude, Set<String> only, Duration timeout) {
    return new TestLaunch(JavaRunner.javaExecutable(), List.of(classes, junit4), List.of(classes), List.of("-Xshare:auto"),
        workingDirectory, include, exclude, only, timeout);
  }

  private static TestOutcome passed() {
    return new TestOutcome(TestOutcome.Status.PASSED, null);
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
