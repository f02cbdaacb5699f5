package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rules} and {@code --preset}: ProGuard keep rules applied, unsupported options named in a warning, so
 * are a user's rules and {@code --keep} patterns that match nothing; malformed rules and unknown presets exit 2;
 * the rules a library ships apply, naming their jar, unless {@code --no-consumer-rules}.
 */
class RulesCliTest {

  @TempDir Path temp;

  @Test
  void keepRulesAreAppliedAndUnsupportedOptionsWarned() throws Exception {
    Path rules = Files.writeString(temp.resolve("app.pro"), String.join("\n",
        "# keep the money type and its public API",
        "-keep public class dev.jarmor.samples.ledger.model.Money { public <methods>; }",
        "-keepclassmembers class dev.jarmor.samples.ledger.model.Account { private int number; }",
        "-dontshrink",
        ""));

    Cli.Result result = Cli.run("explain", Cli.samples(), "--rules", rules.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("jarmor: warning: ").contains("app.pro:4: -dontshrink is not supported yet; ignored");
    assertThat(result.out())
        .contains("dev.jarmor.samples.ledger.model.Money  kept: -keep public class dev.jarmor.samples.ledger.model.Money")
        .contains("app.pro:2) [rule]")
        .containsPattern("\n  method [^\n]*plus\\(Ldev/jarmor/samples/ledger/model/Money;\\)Ldev/jarmor/samples/ledger/"
            + "model/Money;[^\n]*  kept: -keep") // folded with the other methods the rule keeps
        .contains("  field number I  kept: -keepclassmembers");
    assertThat(result.out()).containsPattern("dev\\.jarmor\\.samples\\.ledger\\.model\\.Account -> ");
  }

  @Test
  void keepPatternsAndUserRulesThatMatchNothingAreWarnedButPresetsAreNot() throws Exception {
    Path rules = Files.writeString(temp.resolve("app.pro"), String.join("\n",
        "# one rule per kind of mistake",
        "-keep class com.acme.Missing { *; }",
        "-keepnames class dev.jarmor.samples.ledger.model.Money",
        "-keepclassmembers class dev.jarmor.samples.ledger.model.Money { int nothingHere; }",
        "-keep,allowobfuscation class com.acme.Other",
        ""));

    Cli.Result result = Cli.run("protect", "-q", Cli.samples(), "-o", temp.resolve("out.jar").toString(),
        "--keep", "dev.jarmor.samples.Nope", "--keep", "dev.jarmor.samples.ledger.**", "--rules", rules.toString(),
        "--preset", "junit5,spring");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .contains("jarmor: warning: --keep dev.jarmor.samples.Nope matches no class of the program" + System.lineSeparator())
        .contains("jarmor: warning: " + rules + ":2: -keep class com.acme.Missing { *; } matches nothing")
        .contains("jarmor: warning: " + rules + ":4: -keepclassmembers class dev.jarmor.samples.ledger.model.Money"
            + " { int nothingHere; } matches nothing")
        .doesNotContain("--keep dev.jarmor.samples.ledger.**", "app.pro:3", "app.pro:5", "preset junit5",
            "preset spring");
  }

  @Test
  void rulesALibraryShipsApplyUnlessTurnedOff() throws Exception {
    Path lib = temp.resolve("lib.jar");
    try (var jar = new JarOutputStream(Files.newOutputStream(lib))) {
      jar.putNextEntry(new JarEntry("META-INF/proguard/lib.pro"));
      jar.write("-keepnames class dev.jarmor.samples.ledger.model.Account\n".getBytes(StandardCharsets.UTF_8));
    }

    Cli.Result applied = Cli.run("explain", Cli.samples(), "--lib", lib.toString());
    Cli.Result ignored = Cli.run("explain", Cli.samples(), "--lib", lib.toString(), "--no-consumer-rules");

    assertThat(applied.exitCode()).as(applied.err()).isZero();
    assertThat(applied.out()).contains("dev.jarmor.samples.ledger.model.Account  kept: -keepnames class"
        + " dev.jarmor.samples.ledger.model.Account (lib.jar!/META-INF/proguard/lib.pro:1)");
    assertThat(ignored.exitCode()).as(ignored.err()).isZero();
    assertThat(ignored.out()).doesNotContain("lib.jar!").containsPattern("dev\\.jarmor\\.samples\\.ledger\\.model\\.Account -> ");
  }

  @Test
  void malformedRuleIsAUsageError() throws Exception {
    Path rules = Files.writeString(temp.resolve("bad.pro"), "-keep class { *; }\n");
    Cli.Result result = Cli.run("protect", "-q", Cli.samples(), "-o", temp.resolve("out.jar").toString(),
        "--rules", rules.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("jarmor: error: ").contains("bad.pro:1");
    assertThat(temp.resolve("out.jar")).doesNotExist();
  }

  @Test
  void presetsAreListedAndPrintedAndAnUnknownOneIsAUsageError() throws Exception {
    Cli.Result list = Cli.run("presets");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).containsPattern("(?m)^junit5 +JUnit 5").contains("junit4", "spring", "jackson");

    Cli.Result rules = Cli.run("presets", "junit5");
    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out()).contains("-keepclasseswithmembers class * { @org.junit.jupiter.api.Test <methods>; }");

    Cli.Result unknown = Cli.run("protect", "-q", Cli.samples(), "-o", temp.resolve("out.jar").toString(),
        "--preset", "junit5,junit6");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("jarmor: error: unknown preset 'junit6'; the presets are jackson, junit4, junit5,"
        + " log4j2, mapstruct, picocli, spring (jarmor presets)" + System.lineSeparator());
    assertThat(temp.resolve("out.jar")).doesNotExist();
  }
}
