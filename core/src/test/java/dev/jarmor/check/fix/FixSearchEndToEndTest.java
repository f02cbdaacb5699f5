package dev.jarmor.check.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.mapping.MappingParser;
import dev.jarmor.mapping.Retracer;
import dev.jarmor.plan.Plan;
import dev.jarmor.testing.JavaRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole search on real child JVMs, with the oracle the check engine will implement written out small: the plugin
 * program, protected at level 1, cannot find its plugin; the bisection blames renaming, the search finds the one rule
 * that fixes it, and the rules file it writes makes the protected program behave as the original does.
 */
class FixSearchEndToEndTest {

  @TempDir Path temp;

  private Path classes;
  private Path config;
  private JavaRunner.Run original;
  private int protections;

  @Test
  void findsTheOneRuleThatKeepsAPluginLoadedByARunTimeNameAndWritesItAsRules() throws Exception {
    classes = PluginProgram.compile(temp.resolve("classes"));
    config = Files.writeString(temp.resolve("plugin.conf"), "CsvPlugin\n");
    original = JavaRunner.run(List.of(classes), PluginProgram.MAIN, config.toString());
    assertThat(original.exitCode()).as(original.output()).isZero();
    assertThat(original.output()).isEqualTo("orders,3,1\n");

    Path mapping = temp.resolve("mapping.txt");
    JavaRunner.Run failing = run(protect(b -> b.mapping(mapping)));
    assertThat(failing.exitCode()).isNotZero();
    String retraced = new Retracer(MappingParser.parse(mapping)).retrace(failing.output());
    assertThat(retraced).startsWith("Exception in thread \"main\" java.lang.ClassNotFoundException:"
        + " com.acme.plugins.CsvPlugin").contains("at com.acme.app.Main.main(Main.java:");
    FixSearch.Failure failure = new FixSearch.Failure("level 1", retraced);

    PassBisection.Result passes = PassBisection.find(PassBisection.passesAt(1),
        off -> behavesAsOriginal(protect(b -> {
          off.forEach(pass -> b.pass(pass, false));
          return b;
        })), 10);
    assertThat(passes.fixes()).containsExactly(Set.of("rename"));
    assertThat(passes.runs()).isEqualTo(2);

    List<FixRule> candidates;
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      candidates = FixCandidates.of(retraced, plan, passes.causes());
    }
    assertThat(candidates).first().isEqualTo(FixRule.keepName("com.acme.plugins.CsvPlugin"));

    int before = protections;
    FixSearch.Result result = FixSearch.search(failure, candidates, rules -> behavesAsOriginal(protectWith(rules)),
        20);
    assertThat(result.status()).isEqualTo(FixSearch.Status.FIXED);
    assertThat(result.rules()).singleElement().extracting(FixRule::text).isIn(
        "-keepnames class com.acme.plugins.CsvPlugin", "-keepnames class com.acme.plugins.*");
    // all 8 candidates together, then the head of one, the rule ranked first: 2 runs
    assertThat(candidates).hasSize(8);
    assertThat(result.runs()).isEqualTo(protections - before).isEqualTo(2);
    assertThat(behavesAsOriginal(protectWith(List.of()))).as("without the rule it fails again").isFalse();

    Path fix = temp.resolve("fix.pro");
    FixRulesFile.write(fix, "--levels 1", List.of(result));
    assertThat(Files.readString(fix)).contains("# fixes level 1: Exception in thread \"main\""
        + " java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin\n" + result.rules().get(0).text() + "\n");
    for (int level = 1; level <= 3; level++) {
      int at = level;
      JavaRunner.Run fixed = run(protect(b -> b.level(at).rules(fix)));
      assertThat(fixed).as("level " + level).isEqualTo(original);
    }
  }

  /** The oracle's work: protect with the rules in a rules file, rerun, compare with the original run. */
  private Path protectWith(List<FixRule> rules) {
    try {
      Path file = Files.writeString(temp.resolve("candidate-" + protections + ".pro"),
          rules.stream().map(rule -> rule.text() + "\n").collect(Collectors.joining()));
      return protect(b -> b.rules(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path protect(UnaryOperator<ProtectOptions.Builder> options) {
    Path out = temp.resolve("variant-" + protections++ + ".jar");
    Jarmor.protect(options.apply(ProtectOptions.builder().input(classes).output(out).level(1).seed(11L)).build(),
        JarmorListener.SILENT);
    return out;
  }

  private boolean behavesAsOriginal(Path jar) {
    return run(jar).equals(original);
  }

  private JavaRunner.Run run(Path jar) {
    try {
      return JavaRunner.run(List.of(jar), PluginProgram.MAIN, config.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
