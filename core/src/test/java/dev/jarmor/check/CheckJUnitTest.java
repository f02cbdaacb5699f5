package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.ProtectOptions;
import dev.jarmor.check.fix.FixRule;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.Programs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check with its real JUnit runner: the plugin host's JUnit 5 test, protected with the program, fails at level 1
 * by its original id with the ClassNotFoundException retraced, and passes once a rule keeps the plugin, which the fix
 * search finds by running that test alone. With three tests failing for two causes, the search takes them one at a
 * time: a rule each for the first two, each named after its own test, and none for the third, which the second's
 * rule fixes.
 */
class CheckJUnitTest {

  private static final String TEST_ID =
      "[engine:junit-jupiter]/[class:com.acme.host.PluginLoaderTest]/[method:loadsTheConfiguredPlugin()]";

  private static final String TESTS = """
      package com.acme.host;
      import static org.junit.jupiter.api.Assertions.assertEquals;
      import java.nio.file.Path;
      import org.junit.jupiter.api.Test;
      class PluginLoaderTest {
        @Test void loadsTheConfiguredPlugin() throws Exception {
          assertEquals("hello, you", new PluginLoader().load(Path.of("config/plugin.properties")).greet("you"));
        }
        @Test void failsEverywhere() {
          assertEquals(1, 2);
        }
      }
      """;

  /** Three tests failing at level 1: two for the plugin's name, one for a method named in a file. */
  private static final String THREE_FAILING = """
      package com.acme.host;
      import static org.junit.jupiter.api.Assertions.assertEquals;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import org.junit.jupiter.api.Test;
      class PluginLoaderTest {
        @Test void findsTheLoaderByAMethodNameReadFromAFile() throws Exception {
          String name = Files.readString(Path.of("config/method.txt")).strip();
          assertEquals(name, PluginLoader.class.getMethod(name, Path.class).getName());
        }
        @Test void loadsItAgain() throws Exception {
          assertEquals("hello, me", new PluginLoader().load(Path.of("config/plugin.properties")).greet("me"));
        }
        @Test void loadsTheConfiguredPlugin() throws Exception {
          assertEquals("hello, you", new PluginLoader().load(Path.of("config/plugin.properties")).greet("you"));
        }
      }
      """;

  @TempDir Path temp;

  private static String jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** The launches of the test runner, in order. */
  private final List<TestLaunch> launches = new ArrayList<>();

  private CheckOptions.Builder check(Path... rules) throws Exception {
    return check(TESTS, rules);
  }

  private CheckOptions.Builder check(String testSource, Path... rules) throws Exception {
    Path classes = Programs.compile("plugins", 17, temp.resolve("classes"));
    Path program = Jars.write(temp.resolve("plugins.jar"), Jars.entries(classes), null);
    List<String> junit = List.of(jarOf(org.junit.jupiter.api.Test.class),
        jarOf(org.opentest4j.AssertionFailedError.class), jarOf(org.apiguardian.api.API.class));
    Path tests = Compiler.compile(Map.of("com.acme.host.PluginLoaderTest", testSource), 17, temp.resolve("tests"),
        Stream.concat(junit.stream(), Stream.of(classes.toString())).toArray(String[]::new));
    Path files = Files.createDirectories(temp.resolve("files/config")).getParent();
    Files.writeString(files.resolve("config/plugin.properties"), "plugin=Greeter\n");
    Files.writeString(files.resolve("config/method.txt"), "load\n");
    ProtectOptions.Builder protect = ProtectOptions.builder().input(program).seed(2L);
    List.of(rules).forEach(protect::rules);
    return CheckOptions.builder().protect(protect).tests(tests).testLibrary(String.join(File.pathSeparator, junit))
        .files(files)
        .testRunner(launch -> {
          launches.add(launch);
          return new JUnitRunner(Path.of(System.getProperty("jarmor.consoleLauncher")),
              Path.of(System.getProperty("jarmor.checkListener"))).run(launch);
        });
  }

  @Test
  void aTestThatPassedOnTheOriginalAndFailsOnTheVariantIsNamedByItsOriginalId() throws Exception {
    CheckResult result = Check.run(check().levels("1").build(), CheckListener.SILENT);

    TestsResult tests = result.variants().get(0).tests();
    assertThat(tests.compared()).as("the test failing on the original too is not compared").isEqualTo(1);
    assertThat(tests.failing()).containsOnlyKeys(TEST_ID);
    assertThat(tests.failing().get(TEST_ID))
        .startsWith("java.lang.ClassNotFoundException: com.acme.plugins.Greeter")
        .contains("at com.acme.host.PluginLoader.load(PluginLoader.java:");
  }

  @Test
  void aRuleKeepingThePluginMakesTheTestsPass() throws Exception {
    Path rules = Files.writeString(temp.resolve("plugins.pro"), "-keepnames class com.acme.plugins.*\n");

    CheckResult result = Check.run(check(rules).levels("1,3").build(), CheckListener.SILENT);

    assertThat(result.passed()).as("%s", result).isTrue();
    assertThat(result.variants().get(1).tests().compared()).isEqualTo(1);
  }

  @Test
  void theFixSearchRerunsOnlyTheFailingTestAndFindsTheRule() throws Exception {
    CheckOptions options = check().levels("1").build();
    CheckResult checked = Check.run(options, CheckListener.SILENT);
    int before = launches.size();

    FixRun.Result result = FixRun.run(options, checked, 20, temp.resolve("rules.pro"), CheckListener.SILENT);

    assertThat(result.rules()).singleElement().extracting(FixRule::text).asString().startsWith("-keepnames class ");
    assertThat(result.passed()).as("%s", result.confirmed()).isTrue();
    List<TestLaunch> search = launches.subList(before, launches.size() - 1);
    assertThat(search).hasSize(result.runs()).allSatisfy(launch -> assertThat(launch.onlyTestIds())
        .as("the test failing on the original too is not rerun").containsExactly(TEST_ID));
    assertThat(launches.get(launches.size() - 1).onlyTestIds()).as("the confirming run runs every test").isEmpty();
    assertThat(result.confirmed().variants().get(0).tests().compared()).isEqualTo(1);
  }

  @Test
  void eachFailingTestIsSearchedOnItsOwnAndItsRuleNamesIt() throws Exception {
    CheckOptions options = check(THREE_FAILING).levels("1").build();
    CheckResult checked = Check.run(options, CheckListener.SILENT);
    assertThat(checked.variants().get(0).tests().failing()).hasSize(3);
    Path rules = temp.resolve("rules.pro");

    FixRun.Result result = FixRun.run(options, checked, 40, rules, CheckListener.SILENT);

    assertThat(result.passed()).as("%s", result.confirmed()).isTrue();
    assertThat(result.searches()).extracting(s -> s.failure().where()).containsExactly(
        "level 1, wire open, test com.acme.host.PluginLoaderTest.findsTheLoaderByAMethodNameReadFromAFile()",
        "level 1, wire open, test com.acme.host.PluginLoaderTest.loadsItAgain()",
        "level 1, wire open, test com.acme.host.PluginLoaderTest.loadsTheConfiguredPlugin()");
    assertThat(result.searches()).extracting(s -> s.rules().size()).as("the last test passes with the rules found"
        + " before it").containsExactly(1, 1, 0);
    assertThat(Files.readString(rules)).contains("""

        # fixes level 1, wire open, test com.acme.host.PluginLoaderTest.findsTheLoaderByAMethodNameReadFromAFile():\
         java.lang.NoSuchMethodException: com.acme.host.PluginLoader.load(java.nio.file.Path)
        -keepclassmembers class com.acme.host.PluginLoader { *** load; *** load(...); }

        # fixes level 1, wire open, test com.acme.host.PluginLoaderTest.loadsItAgain():\
         java.lang.ClassNotFoundException: com.acme.plugins.Greeter
        -keepnames class com.acme.plugins.Greeter
        """);
    assertThat(result.runs()).isLessThanOrEqualTo(15);
  }
}
