package dev.jarmor.check.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidates from failures as a JVM prints them, retraced, for a real program's plan. */
class FixCandidatesTest {

  /** What the plugin program prints when its plugin was renamed: the lookup names the original class. */
  static final String NOT_FOUND = """
      Exception in thread "main" java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin
      \tat java.base/jdk.internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)
      \tat java.base/jdk.internal.loader.ClassLoaders$AppClassLoader.loadClass(ClassLoaders.java:188)
      \tat java.base/java.lang.ClassLoader.loadClass(ClassLoader.java:525)
      \tat java.base/java.lang.Class.forName0(Native Method)
      \tat java.base/java.lang.Class.forName(Class.java:375)
      \tat com.acme.app.Main.main(Main.java:8)
      """;

  static Plan plan;

  @BeforeAll
  static void analyze(@TempDir Path temp) throws Exception {
    Path classes = PluginProgram.compile(temp.resolve("classes"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      plan = analysis.plan();
    }
  }

  @Test
  void theClassAClassNotFoundExceptionNamesComesFirstThenTheFramesThenTheNotesThenTheNearestClasses() {
    assertThat(FixCandidates.of(NOT_FOUND, plan, Set.of())).extracting(FixRule::text).containsExactly(
        "-keepnames class com.acme.plugins.CsvPlugin",
        "-keep class com.acme.plugins.CsvPlugin { *; }",
        // Main keeps its name anyway (it has a main method): only its members are candidates
        "-keep class com.acme.app.Main { *; }",
        "-keepnames class com.acme.plugins.*",
        // the named classes' packages first, then by shared package segments, then by name
        "-keep class com.acme.app.Config { *; }",
        "-keep class com.acme.plugins.JsonPlugin { *; }",
        "-keep class com.acme.plugins.Plugin { *; }",
        "-keep class com.acme.util.Text { *; }");
    assertThat(FixCandidates.of(NOT_FOUND, plan, Set.of()).get(3).kind()).isEqualTo(FixRule.Kind.SUGGESTED);
  }

  @Test
  void membersTheMessagesNameAreKeptByName() {
    String noSuchMethod = """
        Exception in thread "main" java.lang.NoSuchMethodException: com.acme.plugins.CsvPlugin.render(com.acme.app.Config)
        \tat java.base/java.lang.Class.getMethod(Class.java:2227)
        \tat com.acme.app.Main.main(Main.java:8)
        """;
    assertThat(FixCandidates.of(noSuchMethod, plan, Set.of())).extracting(FixRule::text).startsWith(
        "-keepnames class com.acme.plugins.CsvPlugin",
        "-keepclassmembers class com.acme.plugins.CsvPlugin { *** render; *** render(...); }",
        "-keep class com.acme.plugins.CsvPlugin { *; }",
        "-keepnames class com.acme.app.Config",
        "-keep class com.acme.app.Config { *; }");
    String noSuchField = """
        Exception in thread "main" java.lang.NoSuchFieldException: count
        \tat java.base/java.lang.Class.getDeclaredField(Class.java:2610)
        \tat com.acme.app.Main.main(Main.java:8)
        """;
    assertThat(FixCandidates.of(noSuchField, plan, Set.of())).extracting(FixRule::text).startsWith(
        "-keep class com.acme.app.Main { *; }",
        "-keepnames class com.acme.plugins.CsvPlugin",
        "-keepclassmembers class com.acme.plugins.CsvPlugin { *** count; *** count(...); }");
  }

  @Test
  void aNoClassDefFoundErrorNamesTheClassSlashed() {
    String noClassDef = """
        Exception in thread "main" java.lang.NoClassDefFoundError: com/acme/util/Text
        \tat com.acme.plugins.CsvPlugin.render(CsvPlugin.java:5)
        \tat com.acme.app.Main.main(Main.java:9)
        Caused by: java.lang.ClassNotFoundException: com.acme.util.Text
        \t... 2 more
        """;
    assertThat(FixCandidates.of(noClassDef, plan, Set.of())).extracting(FixRule::text).startsWith(
        "-keepnames class com.acme.util.Text",
        "-keep class com.acme.util.Text { *; }",
        "-keepnames class com.acme.plugins.CsvPlugin");
  }

  /** With string encryption to blame, the classes are left to it; no keep is tried, since renaming is not at fault. */
  @Test
  void aKnownFailingPassGivesExclusionsOfTheNamedClassesFirst() {
    List<FixRule> rules = FixCandidates.of(NOT_FOUND, plan, Set.of("strings"));
    assertThat(rules).extracting(FixRule::text).startsWith(
        "-exclude strings:com.acme.plugins.CsvPlugin",
        "-exclude strings:com.acme.app.Main",
        "-exclude strings:com.acme.app.Config");
    assertThat(rules).extracting(FixRule::kind).containsOnly(FixRule.Kind.EXCLUDE).hasSize(6);
    assertThat(FixCandidates.of(NOT_FOUND, plan, Set.of("rename", "flow"))).extracting(FixRule::text).startsWith(
        "-keepnames class com.acme.plugins.CsvPlugin",
        "-keep class com.acme.plugins.CsvPlugin { *; }",
        "-exclude flow:com.acme.plugins.CsvPlugin");
  }

  @Test
  void aFailureWithNoClueStillCoversEveryClass() {
    List<FixRule> rules = FixCandidates.of("expected:<3> but was:<4>", plan, Set.of());
    assertThat(rules).extracting(FixRule::text).containsExactly(
        "-keepnames class com.acme.plugins.*",
        "-keep class com.acme.app.Config { *; }",
        "-keep class com.acme.app.Main { *; }",
        "-keep class com.acme.plugins.CsvPlugin { *; }",
        "-keep class com.acme.plugins.JsonPlugin { *; }",
        "-keep class com.acme.plugins.Plugin { *; }",
        "-keep class com.acme.util.Text { *; }");
  }

  @Test
  void packageInfoIsNoCandidate(@TempDir Path temp) throws Exception {
    Path classes = dev.jarmor.testing.Compiler.compile(java.util.Map.of(
        "com.acme.util.package-info", "@Deprecated package com.acme.util;",
        "com.acme.util.Text", "package com.acme.util; public class Text { public static void main(String[] a) {} }"),
        17, temp.resolve("classes"));
    assertThat(classes.resolve("com/acme/util/package-info.class")).exists();
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      assertThat(FixCandidates.of("expected:<3> but was:<4>", analysis.plan(), Set.of()))
          .extracting(FixRule::text).isNotEmpty().noneMatch(rule -> rule.contains("package-info"));
    }
  }
}
