package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorException;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.JavaRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A program with an optional integration whose jar is not given: a class implements its interface, another
 * extends its base class. Protected without that jar, it runs the same without it, and with it, where the
 * integration calls the program through its own types: the methods that override or implement its methods kept
 * their names.
 */
class MissingClassTest {

  @TempDir static Path temp;
  private static Path integration;
  private static Path program;
  private static String withoutIntegration;
  private static String withIntegration;

  @BeforeAll
  static void compile() throws Exception {
    integration = Compiler.compile(Map.of(
        "ext.Callback", "package ext; public interface Callback { String onEvent(String event); int priority(); }",
        "ext.Job", """
            package ext;
            public abstract class Job {
              protected String label = "job";
              public String execute() { return "[" + label + "] " + run() + " / " + describe(); }
              protected abstract String run();
              protected String describe() { return "plain job"; }
            }""",
        "ext.Host", """
            package ext;
            public final class Host {
              public static String call(Object listener) {
                Callback callback = (Callback) listener;
                return callback.onEvent("ping") + " at " + callback.priority();
              }
              public static String register(Callback callback) { return "registered " + callback.priority(); }
            }"""), 11, temp.resolve("integration"));
    program = Compiler.compile(Map.of(
        "app.Main", """
            package app;
            public class Main {
              public static void main(String[] args) {
                System.out.println(new Calculator().sum(3, 4) + " " + Messages.greeting("world"));
                if (args.length > 0) {
                  Integration.run();
                }
              }
            }""",
        "app.Calculator", "package app; class Calculator { int sum(int a, int b) { return a + b; } }",
        "app.Messages", """
            package app;
            class Messages { static String greeting(String who) { return "hello " + who; } }""",
        "app.Base", """
            package app;
            public class Base {
              public String onEvent(String event) { return "base got " + event; }
              public String unrelated() { return "unrelated"; }
            }""",
        "app.Listener", """
            package app;
            public class Listener extends Base implements ext.Callback {
              private int calls;
              public int priority() { return 7 + calls; }
              String tag() { return "listener"; }
            }""",
        "app.LoudListener", """
            package app;
            public class LoudListener extends Listener {
              @Override public String onEvent(String event) { return super.onEvent(event).toUpperCase(); }
              @Override public int priority() { return 9; }
            }""",
        "app.Report", """
            package app;
            public class Report extends ext.Job {
              private final String body;
              public Report(String body) { this.body = body; }
              @Override protected String run() { return summary() + " labelled " + label; }
              @Override protected String describe() { return "a report"; }
              private String summary() { return "report " + body; }
            }""",
        "app.Integration", """
            package app;
            final class Integration {
              static void run() {
                Listener quiet = new Listener();
                Listener loud = new LoudListener();
                System.out.println(ext.Host.call(quiet));
                System.out.println(ext.Host.call(loud));
                System.out.println(ext.Host.register(loud));
                Report report = new Report("q3");
                System.out.println(report.execute());
                System.out.println(quiet.unrelated() + " " + quiet.tag());
              }
            }"""), 11, temp.resolve("program"), integration.toString());
    withoutIntegration = run(program, List.of());
    withIntegration = run(program, List.of(integration));
    assertThat(withoutIntegration).isEqualTo(lines("7 hello world"));
    assertThat(withIntegration).isEqualTo(lines("7 hello world", "base got ping at 7", "BASE GOT PING at 9",
        "registered 9", "[job] report q3 labelled job / a report", "unrelated listener"));
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void runsTheSameWithoutTheIntegrationAndWithIt(int level) throws Exception {
    Path out = temp.resolve("out-" + level + ".jar");
    List<String> warnings = new ArrayList<>();

    Jarmor.protect(options().level(level).output(out).build(), collecting(warnings));

    assertThat(warnings).as("one warning names what is missing and who needs it").filteredOn(w -> w.contains(
        "missing from the classpath (not in the program")).singleElement().asString()
        .startsWith("2 classes are missing from the classpath")
        .contains("\n  ext: Callback, Job, needed by app.Listener, app.Report");
    assertThat(warnings).as("verification says what it could not fully check").anyMatch(w -> w.matches(
        "\\d+ methods? could not be fully verified: they use classes missing from the classpath \\(ext\\..*"));
    assertThat(run(out, List.of())).isEqualTo(withoutIntegration);
    assertThat(run(out, List.of(integration))).as("the integration calls the program through its own types")
        .isEqualTo(withIntegration);
  }

  @Test
  void whatMayOverrideAMissingMethodKeepsItsNameForAReason() {
    try (Analysis analysis = Jarmor.analyze(options().build(), JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      assertThat(plan.methodName("app/Listener", "priority", "()I")).isEqualTo("priority");
      assertThat(plan.methodName("app/Listener", "tag", "()Ljava/lang/String;")).as("package-private")
          .isEqualTo("tag");
      assertThat(plan.methodName("app/Report", "run", "()Ljava/lang/String;")).isEqualTo("run");
      assertThat(reasons(plan, Target.ofMethod("app/Listener", "priority", "()I")))
          .contains("may override or implement a method of ext.Callback (missing from the classpath) "
              + "[missing-supertype]");
      assertThat(plan.methodName("app/Base", "onEvent", "(Ljava/lang/String;)Ljava/lang/String;"))
          .as("inherited by a class that implements the missing interface").isEqualTo("onEvent");
      assertThat(reasons(plan, Target.ofMethod("app/Base", "unrelated", "()Ljava/lang/String;")))
          .contains("may implement a method of ext.Callback (missing from the classpath) in app.Listener and 1 more,"
              + " which inherits it [missing-supertype]");
      assertThat(plan.methodName("app/Calculator", "sum", "(II)I")).as("the rest is renamed").isNotEqualTo("sum");
      assertThat(plan.methodName("app/Report", "summary", "()Ljava/lang/String;")).as("private")
          .isNotEqualTo("summary");
      assertThat(reasons(plan, Target.ofField("app/Report", "body", "Ljava/lang/String;")))
          .as("it may be Serializable through its missing superclass").anyMatch(r -> r.contains("if Serializable"
              + " through ext.Job, missing from the classpath"));
    }
  }

  /** Names the program uses through a class whose supertype is missing, for members declared there, stay free. */
  @Test
  void newNamesAvoidWhatTheMissingSupertypeDeclares() throws Exception {
    Path fieldWord = Files.writeString(temp.resolve("label.txt"), "label\n");
    Path methodWord = Files.writeString(temp.resolve("execute.txt"), "execute\n");
    ProtectOptions.Builder closed = options().wire(ProtectOptions.Wire.CLOSED);
    try (Analysis analysis = Jarmor.analyze(closed.names(new ProtectOptions.Names.Dictionary(fieldWord)).build(),
        JarmorListener.SILENT)) {
      assertThat(analysis.plan().fieldName("app/Report", "body", "Ljava/lang/String;"))
          .as("Report reads ext.Job's field label").isEqualTo("label1");
    }
    try (Analysis analysis = Jarmor.analyze(closed.names(new ProtectOptions.Names.Dictionary(methodWord)).build(),
        JarmorListener.SILENT)) {
      assertThat(analysis.plan().methodName("app/Report", "summary", "()Ljava/lang/String;"))
          .as("the program calls ext.Job's execute() on a Report").isEqualTo("execute1");
    }
  }

  @Test
  void aRuleNamesAMissingSupertypeLikeAnyOther() throws Exception {
    Path rules = Files.writeString(temp.resolve("jobs.pro"), "-keepclassmembers class * extends ext.Job {"
        + " private <methods>; }\n");
    try (Analysis analysis = Jarmor.analyze(options().rules(rules).build(), JarmorListener.SILENT)) {
      assertThat(analysis.plan().methodName("app/Report", "summary", "()Ljava/lang/String;")).isEqualTo("summary");
    }
  }

  @Test
  void strictClasspathStopsWithTheFirstMissingClass() {
    JarmorException e = catchThrowableOfType(JarmorException.class,
        () -> Jarmor.analyze(options().strictClasspath(true).build(), JarmorListener.SILENT));
    assertThat(e.kind()).isEqualTo(JarmorException.Kind.INPUT);
    assertThat(e.userMessage()).isEqualTo("class ext.Callback is missing: it is not in the program, its libraries or"
        + " the JDK; add the jar that has it with --lib (needed by supertype of app.Listener)");
  }

  @Test
  void dontwarnSilencesTheWarningForWhatItMatches() throws Exception {
    Path all = Files.writeString(temp.resolve("all.pro"), "-dontwarn ext.**\n-ignorewarnings\n");
    List<String> warnings = new ArrayList<>();
    try (Analysis analysis = Jarmor.analyze(options().rules(all).strictClasspath(true).build(), collecting(warnings))) {
      assertThat(warnings).as("nothing missing to warn of, nothing unsupported, no stop").isEmpty();
    }
    Path one = Files.writeString(temp.resolve("one.pro"), "-dontwarn app.Listener\n");
    try (Analysis analysis = Jarmor.analyze(options().rules(one).build(), collecting(warnings))) {
      assertThat(warnings).singleElement().asString().startsWith("1 class is missing")
          .contains("ext: Job, needed by app.Report").doesNotContain("Callback");
    }
  }

  @Test
  void loadingWithoutTheIntegrationIsTheClasspathsProblemNotProtections() throws Exception {
    List<String> warnings = new ArrayList<>();
    Path out = temp.resolve("loaded.jar");

    Jarmor.protect(options().output(out).verifyLoad(true).build(), collecting(warnings));

    assertThat(warnings).anyMatch(w -> w.matches("\\d+ classes do not link in the input either, so protection is not"
        + " to blame .*: app\\.\\w+: java\\.lang\\.NoClassDefFoundError: ext/\\w+ \\(and \\d+ more\\)"));
    assertThat(out).exists();
  }

  private static ProtectOptions.Builder options() {
    return ProtectOptions.builder().input(program).seed(11L);
  }

  private static JarmorListener collecting(List<String> warnings) {
    return new JarmorListener() {
      @Override
      public synchronized void warning(String message) {
        warnings.add(message);
      }
    };
  }

  private static List<String> reasons(Plan plan, Target target) {
    return plan.keeps().getOrDefault(target, List.of()).stream().map(Reason::toString).toList();
  }

  /** What app.Main prints with the program first on the class path, then the integration if given (and used). */
  private static String run(Path first, List<Path> integrationPath) throws Exception {
    List<Path> classPath = new ArrayList<>(List.of(first));
    classPath.addAll(integrationPath);
    return JavaRunner.output(classPath, "app.Main",
        integrationPath.isEmpty() ? new String[0] : new String[] {"integration"});
  }

  private static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }
}
