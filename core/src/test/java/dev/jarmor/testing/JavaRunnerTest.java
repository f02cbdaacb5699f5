package dev.jarmor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The runner every test starts its child JVMs with: a hang ends at the timeout, a failing exit fails the test. */
class JavaRunnerTest {

  private static final Map<String, String> SOURCES = Map.of(
      "p.Hang", "package p; public class Hang { public static void main(String[] a) throws Exception {"
          + " System.out.println(\"started\"); System.out.flush(); Thread.sleep(300_000); } }",
      "p.Fail", "package p; public class Fail { public static void main(String[] a) {"
          + " System.out.println(\"failing\"); System.exit(3); } }");

  @TempDir Path temp;

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // fails, not hangs, where the runner's own timeout does not fire
  void aRunThatHangsIsEndedAtItsTimeoutWithWhatItPrinted() throws Exception {
    Path classes = Compiler.compile(SOURCES, 8, temp.resolve("classes"));
    List<String> command = List.of(JavaRunner.javaExecutable().toString(), "-cp", classes.toString(), "p.Hang");

    assertThatThrownBy(() -> JavaRunner.command(command, Duration.ofSeconds(3))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("timed out after 3 s").hasMessageContaining("started");
  }

  @Test
  void aRunMustExitWithZeroUnlessTheTestAsksForItsStatus() throws Exception {
    Path classes = Compiler.compile(SOURCES, 8, temp.resolve("classes"));

    assertThatThrownBy(() -> JavaRunner.output(List.of(classes), "p.Fail")).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("exit status 3:").hasMessageContaining("failing");
    JavaRunner.Run run = JavaRunner.run(List.of(classes), "p.Fail");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.output()).isEqualTo("failing" + System.lineSeparator());
  }
}
