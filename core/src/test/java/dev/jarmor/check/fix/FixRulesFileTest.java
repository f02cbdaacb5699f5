package dev.jarmor.check.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import dev.jarmor.rules.KeepRule;
import dev.jarmor.rules.RuleParser;
import dev.jarmor.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixRulesFileTest {

  private static final FixSearch.Failure PLUGIN = new FixSearch.Failure("level 1",
      "Exception in thread \"main\" java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin\n"
          + "\tat com.acme.app.Main.main(Main.java:8)\n");
  private static final FixSearch.Failure ROWS = new FixSearch.Failure("level 2",
      "java.lang.NoSuchFieldException: rows\n\tat com.acme.app.Main.main(Main.java:8)\n");
  private static final FixSearch.Failure FLOW = new FixSearch.Failure("level 3", "java.lang.VerifyError: Bad type\n");

  private static final List<FixSearch.Result> RESULTS = List.of(
      new FixSearch.Result(PLUGIN, FixSearch.Status.FIXED, List.of(FixRule.keepName("com.acme.plugins.CsvPlugin"),
          FixRule.suggested("-keepnames class com.acme.plugins.*")), 5),
      new FixSearch.Result(ROWS, FixSearch.Status.NOT_MINIMAL, List.of(FixRule.keepMembers("com.acme.app.Config",
          "rows"), FixRule.keepClass("com.acme.util.Text"), FixRule.keepName("com.acme.plugins.CsvPlugin"),
          FixRule.exclude("strings", "com.acme.app.Main")), 30),
      new FixSearch.Result(FLOW, FixSearch.Status.UNRESOLVED, List.of(), 1));

  @Test
  void namesWhatTheCheckFoundAndTheFailuresEachRuleFixes() {
    assertThat(FixRulesFile.text("--levels 1-3 --wire open", RESULTS)).isEqualTo("""
        # jarmor check --fix, --levels 1-3 --wire open: 3 failures; 2 fixed by the rules below, 1 unresolved.
        # Each rule is necessary: without it, the failure named above it comes back.
        # not minimal: level 2: java.lang.NoSuchFieldException: rows (the budget ran out: its rules fix it, but some\
         may not be needed)
        # unresolved: level 3: java.lang.VerifyError: Bad type (no candidate rules fix it, or the budget ran out first)

        # fixes level 1: Exception in thread "main" java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin
        # fixes level 2: java.lang.NoSuchFieldException: rows
        -keepnames class com.acme.plugins.CsvPlugin

        # fixes level 1: Exception in thread "main" java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin
        -keepnames class com.acme.plugins.*

        # fixes level 2: java.lang.NoSuchFieldException: rows
        -keepclassmembers class com.acme.app.Config { *** rows; *** rows(...); }

        # fixes level 2: java.lang.NoSuchFieldException: rows
        -keep class com.acme.util.Text { *; }

        # fixes level 2: java.lang.NoSuchFieldException: rows
        -exclude strings:com.acme.app.Main
        """);
  }

  /** The parser reads back each rule as written, and the rules keep exactly what they say, nothing else. */
  @Test
  void rulesReadBackKeepWhatTheySay(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("fix.pro");
    FixRulesFile.write(file, "--levels 1-3", RESULTS);
    RuleSet read = RuleParser.parse(file);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.excludePatterns()).containsExactly("strings:com.acme.app.Main");
    assertThat(read.rules()).extracting(KeepRule::toString).containsExactly(
        "-keepnames class com.acme.plugins.CsvPlugin", "-keepnames class com.acme.plugins.*",
        RuleParser.parse("-keepclassmembers class com.acme.app.Config { *** rows; *** rows(...); }", "x")
            .rules().get(0).toString(),
        RuleParser.parse("-keep class com.acme.util.Text { *; }", "x").rules().get(0).toString());

    Path classes = PluginProgram.compile(temp.resolve("classes"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).rules(file).build(),
        JarmorListener.SILENT)) {
      assertThat(analysis.excludePatterns()).containsExactly("strings:com.acme.app.Main");
      SortedSet<String> keptByRules = new TreeSet<>();
      analysis.plan().keeps().forEach((target, reasons) -> {
        if (reasons.stream().map(Reason::source).anyMatch("rule"::equals)) {
          keptByRules.add(target.toString());
        }
      });
      assertThat(keptByRules).containsExactlyElementsOf(new TreeSet<>(List.of(
          Target.ofClass("com/acme/plugins/CsvPlugin").toString(),
          Target.ofClass("com/acme/plugins/JsonPlugin").toString(),
          Target.ofClass("com/acme/plugins/Plugin").toString(),
          Target.ofField("com/acme/app/Config", "rows", "I").toString(),
          Target.ofClass("com/acme/util/Text").toString(),
          Target.ofMethod("com/acme/util/Text", "join", "(Ljava/lang/String;[Ljava/lang/String;)Ljava/lang/String;")
              .toString(),
          Target.ofMethod("com/acme/util/Text", "<init>", "()V").toString())));
    }
    assertThat(Files.readString(file)).isEqualTo(FixRulesFile.text("--levels 1-3", RESULTS));
  }
}
