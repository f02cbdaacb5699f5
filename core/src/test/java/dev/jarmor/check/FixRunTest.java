package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.ProtectOptions;
import dev.jarmor.check.fix.FixRule;
import dev.jarmor.check.fix.FixSearch;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.Programs;
import dev.jarmor.testing.ReportPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fix search on real child JVMs: the plugin host, whose plugin class name is built at run time from a file
 * outside the jar, fails at levels 1 to 3; the search finds one rule at level 1, which levels 2 and 3 pass with at
 * one run each, writes it, and the check with that file as {@code --rules} passes at every level. A variant of it
 * whose level 2 needs a second rule keeps both, each necessary.
 */
class FixRunTest {

  private static final String HOST = "{java} -cp {cp} com.acme.host.Main";

  @TempDir Path temp;

  private CheckOptions.Builder plugins(Path... rules) throws Exception {
    return program(Programs.sources("plugins"), rules);
  }

  /** The plugin host whose Main also reads its plugin's class file: the {@code selfread} Main over {@code plugins}. */
  private CheckOptions.Builder selfread() throws Exception {
    Map<String, String> sources = new TreeMap<>(Programs.sources("plugins"));
    sources.putAll(Programs.sources("selfread"));
    return program(sources);
  }

  private CheckOptions.Builder program(Map<String, String> sources, Path... rules) throws Exception {
    Path classes = Compiler.compile(sources, 17, temp.resolve("classes"));
    Path jar = Jars.write(temp.resolve("program.jar"), Jars.entries(classes), null);
    Path files = Files.createDirectories(temp.resolve("files/config")).getParent();
    Files.writeString(files.resolve("config/plugin.properties"), "plugin=Greeter\n");
    ProtectOptions.Builder protect = ProtectOptions.builder().input(jar).seed(1L);
    List.of(rules).forEach(protect::rules);
    return CheckOptions.builder().protect(protect).sequence(List.of(HOST)).files(files);
  }

  /** Records each rerun of the search as {@code variant: [run: ]what}. */
  private static CheckListener recording(List<String> progress, boolean numbered) {
    return new CheckListener() {
      @Override
      public void fixRun(Variant variant, int run, int budget, String what) {
        progress.add(variant + ": " + (numbered ? run + ": " : "") + what);
      }
    };
  }

  @Test
  void findsOneRuleForAPluginNamedAtRunTimeAndEveryLevelPassesWithIt() throws Exception {
    Path report = temp.resolve("check.json");
    Path page = temp.resolve("check.html");
    CheckOptions options = plugins().levels("1-3").report(report).htmlReport(page).build();
    CheckResult checked = Check.run(options, CheckListener.SILENT);
    assertThat(checked.variants()).noneMatch(VariantResult::passed);
    Path rules = temp.resolve("rules.pro");
    List<String> progress = new ArrayList<>();

    FixRun.Result result = FixRun.run(options, checked, FixRun.DEFAULT_BUDGET, rules, recording(progress, true));

    assertThat(result.rules()).singleElement().extracting(FixRule::text)
        .isIn("-keepnames class com.acme.plugins.Greeter", "-keepnames class com.acme.plugins.*");
    assertThat(result.searches()).extracting(FixSearch.Result::status).containsOnly(FixSearch.Status.FIXED);
    assertThat(result.searches().get(1).rules()).as("level 2 passes with level 1's rule").isEmpty();
    assertThat(progress).as("levels 2 and 3 each take one run, with level 1's rule")
        .containsSubsequence("level 2, wire open: " + (progress.size() - 1) + ": the rules found so far",
            "level 3, wire open: " + progress.size() + ": the rules found so far");
    assertThat(progress).first().asString().isEqualTo("level 1, wire open: 1: rename off");
    assertThat(result.runs()).isEqualTo(progress.size()).isLessThanOrEqualTo(10);
    assertThat(result.passed()).as("%s", result.confirmed()).isTrue();
    assertThat(result.fixed()).extracting(Variant::level).containsExactly(1, 2, 3);
    assertThat(Files.readString(rules)).startsWith("# jarmor check --fix, --levels 1-3 --wire open: 3 failures;"
        + " 3 fixed by the rules below, 0 unresolved.\n")
        .contains("\n# fixes level 1, wire open, sequence 1: Exception in thread \"main\" java.lang.ClassNotFoundException:"
            + " com.acme.plugins.Greeter\n" + result.rules().get(0).text() + "\n");

    assertThat(Files.readString(report)).as("the report holds the check, then the search").startsWith(
        "{\"passed\": false,\n").contains(",\n\"fix\": {\"passed\": true, \"runs\": " + result.runs()
        + ", \"budget\": 200,\n \"rules\": [\"" + result.rules().get(0).text() + "\"],\n \"failures\": [{\"where\":"
        + " \"level 1, wire open, sequence 1\", \"status\": \"fixed\", \"failure\": \"Exception in thread \\\"main\\\""
        + " java.lang.ClassNotFoundException: com.acme.plugins.Greeter\", \"rules\": [\"" + result.rules().get(0).text()
        + "\"], \"runs\": ").contains("\n \"confirmed\": {\"passed\": true,\n").endsWith("]}}}\n");
    assertThat(ReportPages.json(Files.readString(page))).as("the page written again with the search")
        .isEqualTo(Files.readString(report));

    CheckResult again = Check.run(plugins(rules).levels("0-3").build(), CheckListener.SILENT);
    assertThat(again.passed()).as("%s", again).isTrue();
  }

  @Test
  void aBudgetTooSmallLeavesTheFailureUnresolved() throws Exception {
    CheckOptions options = plugins().levels("1").build();
    CheckResult checked = Check.run(options, CheckListener.SILENT);
    Path rules = temp.resolve("rules.pro");

    FixRun.Result result = FixRun.run(options, checked, 1, rules, CheckListener.SILENT);

    assertThat(result.runs()).isEqualTo(1);
    assertThat(result.rules()).isEmpty();
    assertThat(result.unresolved()).singleElement().extracting(s -> s.failure().firstLine()).isEqualTo(
        "Exception in thread \"main\" java.lang.ClassNotFoundException: com.acme.plugins.Greeter");
    assertThat(result.passed()).isFalse();
    assertThat(result.fixed()).isEmpty();
    assertThat(Files.readString(rules)).contains("# unresolved: level 1, wire open, sequence 1: Exception in thread");
  }

  @Test
  void aRuleFoundForLevelOneStaysNecessaryWhenLevelTwoNeedsAnotherOne() throws Exception {
    CheckOptions options = selfread().levels("1-2").build();
    CheckResult checked = Check.run(options, CheckListener.SILENT);
    assertThat(checked.variants()).noneMatch(VariantResult::passed);
    Path rules = temp.resolve("rules.pro");
    List<String> progress = new ArrayList<>();

    FixRun.Result result = FixRun.run(options, checked, FixRun.DEFAULT_BUDGET, rules, recording(progress, false));

    assertThat(result.passed()).as("%s", result.confirmed()).isTrue();
    assertThat(result.rules()).extracting(FixRule::text).containsExactly(
        "-keepnames class com.acme.plugins.Greeter", "-exclude strings:com.acme.plugins.Greeter");
    assertThat(progress).as("level 2 searched with level 1's rule in place, then level 1 without it once more")
        .contains("level 2, wire open: the rules found so far", "level 2, wire open: strings off")
        .endsWith("level 1, wire open: without -keepnames class com.acme.plugins.Greeter");
    assertThat(Files.readString(rules)).contains("# fixes level 2, wire open, sequence 1: command 1 stdout line 2:"
        + " 'greeting in plain text: false', original 'greeting in plain text: true'\n"
        + "-exclude strings:com.acme.plugins.Greeter\n");
  }
}
