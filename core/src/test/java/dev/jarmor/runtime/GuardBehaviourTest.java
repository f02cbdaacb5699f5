package dev.jarmor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.Programs;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A program protected with {@code --guard debugger,agents,tamper}, run in child JVMs: refused under a debugger, with an
 * agent the vendor does not allow, when something attaches to it while it runs, and when a class file changed after
 * protection; run as usual otherwise, with an allowed agent, and where the vendor's callback decides.
 */
class GuardBehaviourTest {

  private static final List<String> DEBUGGER_AND_AGENTS = List.of("debugger", "agents");
  private static final String CHANGED = "guarded guard 14: the class file app/Guarded changed after the program was"
      + " protected";
  private static final String JDWP = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0,quiet=y";

  @TempDir static Path shared;
  private static Path input;
  private static Path agent;

  @BeforeAll
  static void compile() throws Exception {
    Path classes = Programs.compile("guarded", 8, shared.resolve("classes"));
    input = Jars.write(shared.resolve("guarded.jar"), Jars.entries(classes), Jars.manifest("Main-Class", "app.Guarded"));
    Path agentClasses = Compiler.compile(Map.of("spy.Spy", """
        package spy;
        public class Spy {
          public static void premain(String args) {}
        }
        """), 8, shared.resolve("agent"));
    agent = Jars.write(shared.resolve("spy-agent.jar"), Jars.entries(agentClasses),
        Jars.manifest("Premain-Class", "spy.Spy"));
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void refusesADebuggerAndAnAgentItDoesNotAllow(int level) throws Exception {
    Path out = protect(level, "exit", List.of());
    assertThat(run(out, List.of()).succeeded()).isEqualTo("ran 10\n");
    assertRefused(run(out, List.of(JDWP)), 11, "a debugger is attached (" + JDWP + ")");
    assertRefused(run(out, List.of("-javaagent:" + agent)), 12,
        "an agent the vendor does not allow is loaded (-javaagent:" + agent + ")");
    assertThat(run(protect(level, "exit", List.of("spy-*.jar")), List.of("-javaagent:" + agent)).succeeded())
        .as("an allowed agent").isEqualTo("ran 10\n");
    assertThat(run(protect(0, null, null), List.of(JDWP)).succeeded()).as("no guard, no refusal")
        .contains("ran 10\n");
  }

  @Test
  void refusesWhatAttachesWhileItRuns() throws Exception {
    Path out = protect(2, "exit", List.of());
    List<String> command = new ArrayList<>(List.of(JavaRunner.javaExecutable().toString(), "-jar", out.toString(),
        "wait", "60"));
    Process program = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(program.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("waiting");
      Path jcmd = JavaRunner.javaExecutable().resolveSibling("jcmd");
      JavaRunner.command(List.of(jcmd.toString(), Long.toString(program.pid()), "VM.version"), Duration.ofMinutes(1));
      assertThat(program.waitFor(30, TimeUnit.SECONDS)).as("stopped within a few periods").isTrue();
      assertThat(program.exitValue()).isEqualTo(RuntimeGuards.EXIT_STATUS);
      assertThat(lines.readLine()).isEqualTo("guarded guard 13: something attached to this JVM (its attach listener runs)");
    } finally {
      program.destroyForcibly();
    }
  }

  @Test
  void throwsOrCallsTheVendorsMethodWhereTheVendorChoseSo() throws Exception {
    JavaRunner.Run thrown = run(protect(2, "throw", List.of()), List.of(JDWP));
    assertThat(thrown.exitCode()).isEqualTo(1);
    assertThat(thrown.output()).contains("java.lang.SecurityException: guarded guard 11: a debugger is attached");
    assertThat(run(protect(3, "app.Security.onGuard", List.of()), List.of(JDWP)).succeeded())
        .as("the callback decides: here, to go on").contains("guarded: guarded guard 11: a debugger is attached (")
        .endsWith("ran 10\n");
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void refusesAClassFileChangedAfterProtection(int level) throws Exception {
    Path out = protect(ProtectOptions.builder().level(level), List.of("tamper"), "exit", List.of());
    assertThat(run(out, List.of()).succeeded()).isEqualTo("ran 10\n");
    Path oneByte = changed(out, entries -> {
      byte[] main = entries.get("app/Guarded.class");
      assertThat(main[7]).as("a Java 8 class file, whose minor version the JVM does not read").isEqualTo((byte) 52);
      main[5] = 3;
    });
    assertRefused(run(oneByte, List.of()), 14, CHANGED.substring("guarded guard 14: ".length()));
    assertRefused(run(changed(out, entries -> entries.remove(seal(entries))), List.of()), 14,
        "the program's class files cannot be checked against their seal: its seal is missing");
    Path unguarded = protect(ProtectOptions.builder().level(level), List.of(), null, List.of());
    assertThat(run(changed(unguarded, entries -> entries.get("app/Guarded.class")[5] = 3), List.of()).succeeded())
        .as("no guard, no refusal").isEqualTo("ran 10\n");
  }

  @Test
  void checksTheOtherClassesOnItsThreadWhileTheProgramRuns() throws Exception {
    // level 0: the class keeps its name; neither an entry point's nor the checks', it is checked after the start
    Path out = protect(ProtectOptions.builder().level(0), List.of("tamper"), "exit", List.of());
    Path changed = changed(out, entries -> entries.get("app/Work.class")[5] = 3);
    JavaRunner.Run run = JavaRunner.command(List.of(JavaRunner.javaExecutable().toString(), "-jar", changed.toString(),
        "wait", "20"));
    assertThat(run.exitCode()).as(run.output()).isEqualTo(RuntimeGuards.EXIT_STATUS);
    assertThat(run.output()).contains("guarded guard 14: the class file app/Work changed after the program was"
        + " protected\n").doesNotContain("ran");
  }

  @Test
  void checksAnEncryptedClassAgainWhenItsCodeIsDecrypted() throws Exception {
    Path out = protect(ProtectOptions.builder().level(2).pass("encrypt", true), List.of("tamper"),
        "app.Security.onGuard", List.of());
    assertThat(run(out, List.of()).succeeded()).isEqualTo("ran 10\n");
    // a field added: the class still loads and its encrypted code still decrypts, so only the guard can tell
    Path changed = changed(out, entries -> entries.put("app/Guarded.class",
        ClassFiles.withField(entries.get("app/Guarded.class"), "added")));
    assertThat(run(changed, List.of()).succeeded()).as("at start, then before main's code is decrypted")
        .isEqualTo("guarded: " + CHANGED + "\nguarded: " + CHANGED + "\nran 10\n");
  }

  private static void assertRefused(JavaRunner.Run run, int code, String what) {
    assertThat(run.exitCode()).as(run.output()).isEqualTo(RuntimeGuards.EXIT_STATUS);
    assertThat(run.output()).isEqualTo("guarded guard " + code + ": " + what + "\n");
  }

  private static Path protect(int level, String onGuard, List<String> allowed) throws Exception {
    return protect(ProtectOptions.builder().level(level), DEBUGGER_AND_AGENTS, onGuard, allowed);
  }

  private static Path protect(ProtectOptions.Builder options, List<String> guards, String onGuard,
      List<String> allowed) throws Exception {
    Path out = Files.createTempFile(shared, "guarded", ".jar");
    Files.delete(out);
    options.input(input).output(out).seed(5L);
    if (onGuard != null) {
      options.guarding(ProtectOptions.Guarding.of(guards, allowed, onGuard, "guarded"));
    }
    Jarmor.protect(options.build(), JarmorListener.SILENT);
    return out;
  }

  /** A copy of the jar with its entries as {@code change} leaves them. */
  private static Path changed(Path jar, Consumer<Map<String, byte[]>> change) throws Exception {
    return Jars.rewrite(jar, Files.createTempFile(shared, "changed", ".jar"), change);
  }

  /** The jar's tamper seal: the one entry that is neither a class nor the program's. */
  private static String seal(Map<String, byte[]> entries) {
    List<String> seals = entries.keySet().stream().filter(name -> !name.endsWith(".class")).toList();
    assertThat(seals).hasSize(1);
    return seals.get(0);
  }

  private static JavaRunner.Run run(Path jar, List<String> options) throws Exception {
    List<String> command = new ArrayList<>(List.of(JavaRunner.javaExecutable().toString()));
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toString()));
    return JavaRunner.command(command);
  }
}
