package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.JarmorException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A failure is one line; {@code --debug} adds what the engine knows beyond it, such as the verifier's frame. */
class ErrorsTest {

  private static final JarmorException BROKEN = new JarmorException(JarmorException.Kind.VERIFICATION,
      "output does not verify: app.Calc.twice(I)I, broken by the flow pass: Error at instruction 1", null, null,
      "frame before instruction 1: locals [Lapp/Calc;, I], stack [Ljava/lang/String;]");

  @Test
  void debugPrintsTheDetailAfterTheLine() {
    String printed = execution("protect", "--debug", "-o", "out.jar", "in.jar");
    assertThat(printed).startsWith("jarmor: error: output does not verify: app.Calc.twice(I)I, broken by the flow pass"
        + ": Error at instruction 1" + System.lineSeparator()
        + "frame before instruction 1: locals [Lapp/Calc;, I], stack [Ljava/lang/String;]" + System.lineSeparator());
  }

  @Test
  void withoutDebugTheLineIsAll() {
    assertThat(execution("protect", "-o", "out.jar", "in.jar")).isEqualTo("jarmor: error: output does not verify:"
        + " app.Calc.twice(I)I, broken by the flow pass: Error at instruction 1" + System.lineSeparator());
  }

  private static String execution(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CommandLine commandLine = new CommandLine(new Main());
    CommandLine.ParseResult parsed = commandLine.parseArgs(args);
    int code = new Errors(new PrintStream(bytes, true, StandardCharsets.UTF_8)).execution(BROKEN, commandLine, parsed);
    assertThat(code).isEqualTo(5);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
