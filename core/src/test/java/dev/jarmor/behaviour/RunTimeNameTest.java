package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Target;
import dev.jarmor.rules.RuleParser;
import dev.jarmor.rules.RuleSet;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.JavaRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lookups by a name known only at run time: protecting warns once per place, with the rule spelled
 * from the constant text around the run-time part, and that rule, given back as {@code --rules}, makes
 * the protected program run as the original does, and the warning go.
 */
class RunTimeNameTest {

  private static final Pattern RULE = Pattern.compile("the rule that keeps what it can find is (.+?) \\(it matches");

  private static final String EXPORTS = "com.shopco.app.Main";

  @TempDir Path temp;

  /** Release 8 concatenates with a StringBuilder chain, release 17 with invokedynamic. */
  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void classNameBuiltAroundARunTimePartIsWarnedWithTheRuleThatCoversIt(int release) throws Exception {
    Path classes = Compiler.compile(Map.of(
        "com.shopco.app.Main", """
            package com.shopco.app;
            public class Main {
              public static void main(String[] args) throws Exception {
                for (String kind : new String[] {"Csv", "Json"}) {
                  Object exporter = Class.forName("com.shopco.orders.export." + kind + "Exporter")
                      .getDeclaredConstructor().newInstance();
                  System.out.println(exporter);
                }
              }
            }""",
        "com.shopco.orders.export.CsvExporter", """
            package com.shopco.orders.export;
            public class CsvExporter { public String toString() { return "csv " + Formats.SEPARATOR; } }""",
        "com.shopco.orders.export.JsonExporter", """
            package com.shopco.orders.export;
            public class JsonExporter { public String toString() { return "json"; } }""",
        "com.shopco.orders.export.Formats", """
            package com.shopco.orders.export;
            public class Formats { public static String SEPARATOR = ","; }"""),
        release, temp.resolve("classes"));

    List<String> warnings = new ArrayList<>();
    protect(classes, temp.resolve("plain.jar"), ProtectOptions.builder(), warnings);
    assertThat(failure(temp.resolve("plain.jar"), EXPORTS)).as("renamed exporters are not found")
        .contains("ClassNotFoundException: com.shopco.orders.export.CsvExporter");
    assertThat(warnings).singleElement().asString()
        .startsWith("Class.forName at com.shopco.app.Main.main:5 looks up a class by a name built at run time"
            + " (\"com.shopco.orders.export.\" + ... + \"Exporter\"); the rule that keeps what it can find is"
            + " -keepnames class com.shopco.orders.export.*Exporter (it matches 2 program classes now)")
        .endsWith("; confirm by running the program protected with that rule in a --rules file");

    Path rules = Files.writeString(temp.resolve("export.pro"), rule(warnings.get(0)) + "\n");
    List<String> after = new ArrayList<>();
    protect(classes, temp.resolve("kept.jar"), ProtectOptions.builder().rules(rules), after);
    String original = JavaRunner.output(List.of(classes), EXPORTS);
    assertThat(original).isEqualTo("csv ,\njson\n");
    assertThat(JavaRunner.output(List.of(temp.resolve("kept.jar")), EXPORTS)).isEqualTo(original);
    assertThat(after).as("every name the lookup can find keeps: nothing left to warn of").isEmpty();
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).rules(rules).build(),
        JarmorListener.SILENT)) {
      assertThat(analysis.plan().className("com/shopco/orders/export/Formats")).as("not matched by the rule")
          .isNotEqualTo("com/shopco/orders/export/Formats");
      assertThat(analysis.plan().notes()).isEmpty();
    }
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes)
        .keep("com.shopco.orders.export.CsvExporter").build(), JarmorListener.SILENT)) {
      assertThat(analysis.plan().notes().get(Target.ofClass("com/shopco/app/Main")))
          .as("a keep that covers a part: explain shows the warning as a note").extracting(r -> r.text())
          .containsExactlyElementsOf(warnings);
    }
  }

  @Test
  void memberNamesBuiltAtRunTimeAreWarnedWithMemberRules() throws Exception {
    Path classes = Compiler.compile(Map.of(
        "app.Main", """
            package app;
            public class Main {
              public static void main(String[] args) throws Exception {
                Handlers handlers = new Handlers();
                for (String event : new String[] {"Open", "Close"}) {
                  System.out.println(Handlers.class.getMethod("on" + event).invoke(handlers));
                }
                for (String name : new String[] {"read", "write"}) {
                  java.lang.reflect.Field limit = Handlers.class.getDeclaredField(name + "Limit");
                  System.out.println(name + " " + limit.get(handlers));
                }
                System.out.println(handlers.other());
              }
            }""",
        "app.Handlers", """
            package app;
            public class Handlers {
              int readLimit = 3;
              int writeLimit = 4;
              int count;
              public String onOpen() { return "opened"; }
              public String onClose() { return "closed " + count; }
              public String other() { return "other"; }
            }"""),
        17, temp.resolve("members"));

    List<String> warnings = new ArrayList<>();
    protect(classes, temp.resolve("plain.jar"), ProtectOptions.builder(), warnings);
    assertThat(failure(temp.resolve("plain.jar"), "app.Main")).contains("NoSuchMethodException: ", ".onOpen()");
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).startsWith("Class.getDeclaredField at app.Main.main:9 looks up a field of app.Handlers"
        + " by a name built at run time (... + \"Limit\"); the rule that keeps what it can find is"
        + " -keepclassmembers class app.Handlers { *** *Limit; } (it matches 2 fields now)");
    assertThat(warnings.get(1)).startsWith("Class.getMethod at app.Main.main:6 looks up a method of app.Handlers"
        + " by a name built at run time (\"on\" + ...); the rule that keeps what it can find is"
        + " -keepclassmembers class app.Handlers { *** on*(...); } (it matches 2 methods now)");

    String suggested = rule(warnings.get(0)) + "\n" + rule(warnings.get(1)) + "\n";
    RuleSet parsed = RuleParser.parse(suggested, "suggested.pro");
    assertThat(parsed.warnings()).isEmpty();
    assertThat(parsed.rules()).hasSize(2);
    Path rules = Files.writeString(temp.resolve("members.pro"), suggested);
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).rules(rules).build(),
        JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      assertThat(plan.methodName("app/Handlers", "onOpen", "()Ljava/lang/String;")).isEqualTo("onOpen");
      assertThat(plan.methodName("app/Handlers", "onClose", "()Ljava/lang/String;")).isEqualTo("onClose");
      assertThat(plan.fieldName("app/Handlers", "readLimit", "I")).isEqualTo("readLimit");
      assertThat(plan.fieldName("app/Handlers", "writeLimit", "I")).isEqualTo("writeLimit");
      assertThat(plan.fieldName("app/Handlers", "count", "I")).isNotEqualTo("count");
      assertThat(plan.methodName("app/Handlers", "other", "()Ljava/lang/String;")).isNotEqualTo("other");
    }
    List<String> after = new ArrayList<>();
    protect(classes, temp.resolve("kept.jar"), ProtectOptions.builder().rules(rules), after);
    assertThat(after).isEmpty();
    String original = JavaRunner.output(List.of(classes), "app.Main");
    assertThat(original).isEqualTo("opened\nclosed 0\nread 3\nwrite 4\nother\n");
    assertThat(JavaRunner.output(List.of(temp.resolve("kept.jar")), "app.Main")).isEqualTo(original);
  }

  @Test
  void namesWithNothingConstantOrOutsideTheProgram() throws Exception {
    Path classes = Compiler.compile(Map.of(
        "app.Main", """
            package app;
            public class Main {
              public static void main(String[] args) throws Exception {
                String name = System.getProperty("type", "java.lang.String");
                System.out.println(Class.forName(name).getSimpleName());
                System.out.println(Class.forName("java.util." + args.length + "List") != null);
                System.out.println(Main.class.getDeclaredMethod(name) != null);
              }
              static void helper() { }
            }"""),
        17, temp.resolve("unknown"));
    List<String> warnings = new ArrayList<>();
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      analysis.plan().notes().values().forEach(notes -> notes.forEach(note -> warnings.add(note.text())));
    }
    assertThat(warnings).as("java.util.*List matches no program class: no warning").containsExactly(
        "Class.forName at app.Main.main:5 looks up a class by a name known only at run time; no rule can be derived"
            + " from the code there (names it reads from the program's resources follow renaming): keep what it can"
            + " find with a keep rule, confirm by running the program protected with that rule, then -dontnote"
            + " app.Main in a --rules file silences this",
        "Class.getDeclaredMethod at app.Main.main:7 looks up a method of app.Main by a name known only at run time;"
            + " the rule that keeps what it can find is -keepclassmembers class app.Main { <methods>; } (it matches"
            + " 2 methods now); confirm by running the program protected with that rule in a --rules file");

    Path rules = Files.writeString(temp.resolve("dontnote.pro"), "-dontnote app.Main\n");
    List<String> silenced = new ArrayList<>();
    protect(classes, temp.resolve("silenced.jar"), ProtectOptions.builder().rules(rules), silenced);
    assertThat(silenced).as("-dontnote app.Main silences the notes about app.Main").isEmpty();
    List<String> other = new ArrayList<>();
    Files.writeString(rules, "-dontnote !app.Main,app.**\n");
    protect(classes, temp.resolve("other.jar"), ProtectOptions.builder().rules(rules), other);
    assertThat(other).as("a filter that excludes app.Main").hasSize(2);
  }

  @Test
  void builderAppendedToByStatementsIsNotTakenForItsFirstContent() throws Exception {
    Path classes = Compiler.compile(Map.of(
        "app.Main", """
            package app;
            public class Main {
              public static void main(String[] args) throws Exception {
                StringBuilder name = new StringBuilder();
                name.append("app.");
                name.append(args.length > 0 ? args[0] : "Target");
                System.out.println(Class.forName(name.toString()).getSimpleName());
              }
            }""",
        "app.Target", "package app; public class Target { }"),
        17, temp.resolve("statements"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      assertThat(analysis.plan().notes().get(Target.ofClass("app/Main"))).singleElement().asString()
          .contains("Class.forName at app.Main.main:7 looks up a class by a name known only at run time");
    }
  }

  private static void protect(Path input, Path out, ProtectOptions.Builder options, List<String> warnings) {
    List<String> collected = Collections.synchronizedList(warnings);
    Jarmor.protect(options.input(input).output(out).build(), new JarmorListener() {
      @Override
      public void warning(String message) {
        collected.add(message);
      }
    });
  }

  /** The output of a run that fails with an uncaught exception. */
  private static String failure(Path classpath, String main) throws Exception {
    JavaRunner.Run run = JavaRunner.run(List.of(classpath), main);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    return run.output();
  }

  private static String rule(String warning) {
    Matcher matcher = RULE.matcher(warning);
    assertThat(matcher.find()).as(warning).isTrue();
    return matcher.group(1);
  }
}
