package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM whose heap cannot hold the program ends with jarmor's one line and exit 4, naming the option that raises the
 * heap, and leaves no output behind: a real run of the CLI in a JVM of its own with a heap of 16 MiB, protecting a
 * released jar that needs several times that.
 */
class OutOfMemoryTest {

  @TempDir Path temp;

  @Test
  void outOfMemoryIsOneLineAndExitFour() throws Exception {
    Path out = temp.resolve("out").resolve("protected.jar");
    Process process = cli("-Xmx16m", "protect", "-q", "-o", out.toString(), commonsLang());

    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(err).isEqualTo(4);
    List<String> errors = err.lines().filter(line -> !line.startsWith("jarmor: warning: ")).toList();
    assertThat(errors).as(err).hasSize(1);
    assertThat(errors.get(0)).matches("jarmor: error: out of memory \\(Java heap space\\) with a maximum heap of \\d+ MiB:"
        + " raise it with JARMOR_JAVA_OPTS=-Xmx1g for \\./jarmor, java -Xmx1g -jar jarmor\\.jar otherwise");
    try (Stream<Path> left = Files.walk(temp)) {
      assertThat(left.filter(Files::isRegularFile)).as("no output, no temporary file").isEmpty();
    }
  }

  /** The CLI in a JVM of its own, with the test's class path and the given JVM option before the arguments. */
  private static Process cli(String jvmOption, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        jvmOption, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** commons-lang3, a test dependency: a few hundred classes, whose trees take several times 16 MiB. */
  private static String commonsLang() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(path -> Path.of(path).getFileName().toString().startsWith("commons-lang3-")).findFirst()
        .orElseThrow(() -> new AssertionError("commons-lang3 is not on the test class path"));
  }
}
