package dev.jarmor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keep rules a library jar ships under {@code META-INF} apply to the program, name their jar and file in
 * reasons, stay quiet about what they say that jarmor does not act on, and {@code consumerRules(false)} turns them
 * off.
 */
class ConsumerRulesTest {

  private static final Map<String, String> SOURCES = Map.of(
      "p.Main", "package p; public class Main { public static void main(String[] a) throws Exception {"
          + " Class.forName(\"p.\" + a[0]); } }",
      "p.Kept", "package p; public class Kept { public void run() {} }");

  @TempDir Path temp;

  @Test
  void aLibrarysRulesKeepWhatTheyNameAndSayWhereTheyComeFrom() throws Exception {
    List<String> warnings = new ArrayList<>();
    try (Analysis analysis = Jarmor.analyze(options(true), listener(warnings))) {
      assertThat(reasons(analysis, Target.ofClass("p/Kept")))
          .containsExactly("-keepnames class p.Kept (lib.jar!/META-INF/proguard/lib.pro:1)");
      assertThat(warnings).as("unsupported options and rules that match nothing are not warned of")
          .noneMatch(w -> w.contains("lib.jar!")).noneMatch(w -> w.contains("noise.pro"));
      assertThat(warnings).as("a malformed file is one warning naming it")
          .filteredOn(w -> w.contains("bad.jar!/META-INF/jarmor/bad.pro")).hasSize(1);
    }
  }

  @Test
  void noConsumerRulesTurnsThemOff() throws Exception {
    List<String> warnings = new ArrayList<>();
    try (Analysis analysis = Jarmor.analyze(options(false), listener(warnings))) {
      assertThat(reasons(analysis, Target.ofClass("p/Kept"))).isEmpty();
      assertThat(warnings).noneMatch(w -> w.contains("bad.pro"));
    }
  }

  @Test
  void theProgramsOwnJarShipsRulesToo() throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    Map<String, byte[]> entries = new java.util.TreeMap<>(Jars.entries(classes));
    entries.put("META-INF/proguard/app.pro", bytes("# the app's\n-keepnames class p.Kept\n"));
    Path app = Jars.write(temp.resolve("app.jar"), entries, null);
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(app).build(), JarmorListener.SILENT)) {
      assertThat(reasons(analysis, Target.ofClass("p/Kept")))
          .containsExactly("-keepnames class p.Kept (app.jar!/META-INF/proguard/app.pro:2)");
    }
  }

  @Test
  void r8FoldersForTheNewestR8SupersedeTheOthers() {
    String tools = "META-INF/com.android.tools/";
    assertThat(ConsumerRuleFiles.select(List.of(tools + "r8-from-1.6.0/c.pro", tools + "r8-upto-3.0.0/c.pro",
        tools + "r8-from-1.0-upto-9.1/d.pro", tools + "proguard/c.pro", "META-INF/proguard/c.pro",
        "META-INF/jarmor/j.pro", "META-INF/proguard/sub/x.pro", "META-INF/proguard/c.txt")))
        .containsExactly(tools + "r8-from-1.0-upto-9.1/d.pro", tools + "r8-from-1.6.0/c.pro", "META-INF/jarmor/j.pro");
    assertThat(ConsumerRuleFiles.select(List.of(tools + "r8-upto-8.0.0/c.pro", tools + "proguard/c.pro",
        "META-INF/proguard/c.pro"))).as("no r8 folder for the newest R8").containsExactly(tools + "proguard/c.pro");
    assertThat(ConsumerRuleFiles.select(List.of("META-INF/proguard/c.pro"))).containsExactly("META-INF/proguard/c.pro");
  }

  private ProtectOptions options(boolean consumerRules) throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    Path lib = Jars.write(temp.resolve("lib.jar"), Map.of(
        "META-INF/proguard/lib.pro", bytes("-keepnames class p.Kept\n"),
        "META-INF/proguard/noise.pro", bytes("-assumenosideeffects class android.util.Log { *; }\n"
            + "-keepattributes Signature\n-keep class nowhere.Gone\n")), null);
    Path bad = Jars.write(temp.resolve("bad.jar"), Map.of("META-INF/jarmor/bad.pro", bytes("-keep class {\n")), null);
    return ProtectOptions.builder().input(classes).library(lib.toString()).library(bad.toString())
        .consumerRules(consumerRules).build();
  }

  private static JarmorListener listener(List<String> warnings) {
    return new JarmorListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> reasons(Analysis analysis, Target target) {
    return analysis.plan().keeps().getOrDefault(target, List.of()).stream().map(Reason::text).toList();
  }
}
