package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jarmor check} on core's plugin program (its plugin named in a file outside the jar): a line per variant,
 * the retraced trace of the failure, exit 6 when a variant differs and 0 when none does, the JSON report and the
 * page ({@code --report-html}); {@code --fix} finds the one rule the plugin needs, exit 0 when the check passes
 * with it and 6 when the budget leaves it unfound.
 */
class CheckCliTest {

  @TempDir Path temp;

  private Path jar;
  private Path files;

  @BeforeEach
  void build() throws Exception {
    PluginHost host = PluginHost.build(temp);
    jar = host.jar();
    files = host.files();
  }

  @Test
  void aVariantThatDiffersExitsWithSixAndShowsTheRetracedFailure() throws Exception {
    Path page = temp.resolve("check.html");
    Cli.Result result = Cli.run("check", jar.toString(), "--run", "{java} -cp {cp} com.acme.host.Main",
        "--files", files.toString(), "--levels", "0-1", "--seed", "5", "--report-html", page.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(6);
    assertThat(result.out())
        .startsWith("level 0, wire open: behaves like the original (1 run)\n"
            + "level 1, wire open: DIFFERS (1 run)\n"
            + "  sequence 1: command 1 exit status: 1, original 0\n"
            + "      Exception in thread \"main\" java.lang.ClassNotFoundException: com.acme.plugins.Greeter\n")
        .contains("\tat com.acme.host.PluginLoader.load(PluginLoader.java:")
        .contains("  sequence 1: command 1 stdout line 1: (end of output), original 'hello, world'\n")
        .endsWith("highest level behaving like the original: 0 (wire open)\n");
    assertThat(result.err()).contains("jarmor: original: sequence 1 at ")
        .contains("jarmor: level 1, wire open: protecting at ").contains("jarmor: level 1, wire open: differs at ");
    assertThat(Files.readString(page)).contains("<title>jarmor check: plugins.jar</title>");
    var report = ReportPage.carried(page);
    assertThat(report.get("passed").asBoolean()).isFalse();
    assertThat(report.get("highestPassingLevel").get("open").asInt()).isZero();
    assertThat(report.get("variants").get(1).get("sequences").get(0).get("differences").get(0).get("trace").asText())
        .startsWith("Exception in thread \"main\" java.lang.ClassNotFoundException: com.acme.plugins.Greeter");
  }

  @Test
  void everyVariantBehavingLikeTheOriginalExitsWithZeroAndWritesTheReport() throws Exception {
    Path rules = Files.writeString(temp.resolve("plugins.pro"), "-keepnames class com.acme.plugins.*\n");
    Path report = temp.resolve("check.json");

    Cli.Result result = Cli.run("check", "-q", jar.toString(), "--run", "{java} -cp {cp} com.acme.host.Main",
        "--files", files.toString(), "--levels", "1,3", "--wire", "both", "--rules", rules.toString(),
        "--report", report.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).endsWith("highest level behaving like the original: 3 (wire open), 3 (wire closed)\n");
    assertThat(Files.readString(report)).startsWith(
        "{\"passed\": true,\n\"highestPassingLevel\": {\"open\": 3, \"closed\": 3},");
  }

  @Test
  void aCommandStartingChildJvmsOnItsClassPathIsCheckedWithThem() {
    // WireParent passes java.class.path, which {cp} set, on to two child JVMs and talks to them in serialized objects
    Cli.Result result = Cli.run("check", "-q", System.getProperty("jarmor.samples"), "--run",
        "{java} -cp {cp} dev.jarmor.samples.wire.WireParent", "--levels", "3", "--wire", "both");

    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.out()).isEqualTo("level 3, wire open: behaves like the original (1 run)\n"
        + "level 3, wire closed: behaves like the original (1 run)\n"
        + "highest level behaving like the original: 3 (wire open), 3 (wire closed)\n");
  }

  @Test
  void anOriginalThatFailsIsWarnedOf() {
    Cli.Result result = Cli.run("check", "-q", jar.toString(), "--run", "{java} -cp {cp} com.acme.host.Main",
        "--levels", "0");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).as("no --files: the plugin's configuration is missing").startsWith(
        "jarmor: warning: the original's sequence 1 command 1 exits with 1; each variant is compared with that"
            + System.lineSeparator());
  }

  @Test
  void aCommandThatCannotStartOrAMissingFolderIsOneLine() {
    Cli.Result command = Cli.run("check", jar.toString(), "--run", "no-such-command-here {cp}");
    Cli.Result folder = Cli.run("check", jar.toString(), "--run", "java -version", "--files", "no/such/folder");

    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.err()).endsWith("jarmor: error: cannot start --run command no-such-command-here: No such file"
        + " or directory" + System.lineSeparator());
    assertThat(folder.exitCode()).isEqualTo(3);
    assertThat(folder.err()).isEqualTo("jarmor: error: --files needs a folder (no/such/folder)"
        + System.lineSeparator());
  }

  @Test
  void aFailingTestIsNamedByItsOriginalIdWithItsFailureRetraced() throws Exception {
    String junit = Stream.of(org.junit.jupiter.api.Test.class, org.opentest4j.AssertionFailedError.class,
        org.apiguardian.api.API.class).map(CheckCliTest::jarOf).collect(Collectors.joining(File.pathSeparator));
    Path source = Files.createDirectories(temp.resolve("test-sources/com/acme/host"))
        .resolve("PluginLoaderTest.java");
    Files.writeString(source, """
        package com.acme.host;
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import java.nio.file.Path;
        import org.junit.jupiter.api.Test;
        class PluginLoaderTest {
          @Test void loadsTheConfiguredPlugin() throws Exception {
            assertEquals("hello, you", new PluginLoader().load(Path.of("config/plugin.properties")).greet("you"));
          }
        }
        """);
    Path tests = temp.resolve("tests");
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", tests.toString(),
        "-cp", jar + File.pathSeparator + junit, source.toString())).isZero();

    Cli.Result result = Cli.run("check", "-q", jar.toString(), "--tests", tests.toString(), "--test-lib", junit,
        "--files", files.toString(), "--levels", "0-1");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(6);
    assertThat(result.out()).startsWith("level 0, wire open: behaves like the original (1 test)\n"
        + "level 1, wire open: DIFFERS (1 test)\n"
        + "  test [engine:junit-jupiter]/[class:com.acme.host.PluginLoaderTest]/[method:loadsTheConfiguredPlugin()]:\n"
        + "      java.lang.ClassNotFoundException: com.acme.plugins.Greeter\n")
        .contains("\tat com.acme.host.PluginLoaderTest.loadsTheConfiguredPlugin(PluginLoaderTest.java:7)\n");
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void checkTakesLevelsNotLevel() {
    Cli.Result result = Cli.run("check", jar.toString(), "--run", "java -version", "--level", "2");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo(
        "jarmor: error: check takes --levels (e.g. 0-4 or 1,3), not --level" + System.lineSeparator());
  }

  @Test
  void fixWritesTheOneRuleThePluginNeedsAndTheCheckPassesWithIt() throws Exception {
    Path rules = temp.resolve("rules.pro");

    Cli.Result result = Cli.run("check", jar.toString(), "--run", "{java} -cp {cp} com.acme.host.Main",
        "--files", files.toString(), "--levels", "1-3", "--seed", "5", "--fix", rules.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("highest level behaving like the original: none (wire open)\n"
            + "fix: 3 failures, 1 rule in ")
        .contains(" of 200 runs, ")
        .contains("  level 1, wire open, sequence 1: fixed by 1 rule (")
        .contains("      -keepnames class com.acme.plugins.")
        .contains("  level 2, wire open, sequence 1: fixed by the rules found before it\n"
            + "  level 3, wire open, sequence 1: fixed by the rules found before it\n"
            + "rules written to " + rules + "; the check again with them:\n"
            + "level 1, wire open: behaves like the original (1 run)\n")
        .endsWith("highest level behaving like the original: 3 (wire open)\n"
            + "the check passes WITH the rules in " + rules + "\n");
    assertThat(result.err()).contains("jarmor: fix: level 1, wire open: run 1 of 200: rename off at ")
        .contains("jarmor: fix: level 1, wire open, sequence 1: fixed by 1 rule (")
        .contains("jarmor: fix: level 2, wire open: run ").contains(": the rules found so far at ");
    assertThat(Files.readString(rules)).contains("# fixes level 1, wire open, sequence 1: Exception in thread \"main\""
        + " java.lang.ClassNotFoundException: com.acme.plugins.Greeter\n-keepnames class com.acme.plugins.");

    Cli.Result again = Cli.run("check", "-q", jar.toString(), "--run", "{java} -cp {cp} com.acme.host.Main",
        "--files", files.toString(), "--levels", "0-3", "--rules", rules.toString());
    assertThat(again.exitCode()).as(again.out()).isZero();
  }

  @Test
  void aFixBudgetTooSmallLeavesTheFailureUnresolvedWithExitSix() throws Exception {
    Path rules = temp.resolve("rules.pro");

    Cli.Result result = Cli.run("check", "-q", jar.toString(), "--run", "{java} -cp {cp} com.acme.host.Main",
        "--files", files.toString(), "--levels", "1", "--fix", rules.toString(), "--fix-budget", "1");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(6);
    assertThat(result.out())
        .contains("fix: 1 failure, 0 rules in 1 of 1 runs, ")
        .contains("  level 1, wire open, sequence 1: UNRESOLVED: Exception in thread \"main\""
            + " java.lang.ClassNotFoundException: com.acme.plugins.Greeter\n")
        .endsWith("the check still DIFFERS with the rules in " + rules + ": 1 failure unresolved\n");
    assertThat(Files.readString(rules)).contains("# unresolved: level 1, wire open, sequence 1: ");
  }

  @Test
  void fixWithNothingFailingWritesARulesFileWithoutRules() throws Exception {
    Path rules = temp.resolve("rules.pro");

    Cli.Result result = Cli.run("check", "-q", jar.toString(), "--run", "{java} -cp {cp} com.acme.host.Main",
        "--files", files.toString(), "--levels", "0", "--fix", rules.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).endsWith("fix: nothing to fix; " + rules + " written without rules\n");
    assertThat(Files.readString(rules)).startsWith("# jarmor check --fix, --levels 0 --wire open: 0 failures;");
  }

  @Test
  void aFixBudgetNeedsFixAndARunAtLeast() {
    Cli.Result alone = Cli.run("check", jar.toString(), "--run", "java -version", "--fix-budget", "5");
    Cli.Result zero = Cli.run("check", jar.toString(), "--run", "java -version", "--fix", "r.pro", "--fix-budget", "0");

    assertThat(alone.exitCode()).isEqualTo(2);
    assertThat(alone.err()).isEqualTo("jarmor: error: --fix-budget needs --fix <rules.pro>" + System.lineSeparator());
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).isEqualTo("jarmor: error: --fix-budget takes a number of runs above 0"
        + System.lineSeparator());
  }
}
