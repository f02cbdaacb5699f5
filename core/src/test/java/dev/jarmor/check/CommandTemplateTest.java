package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.JarmorException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --run command lines: split like a shell splits simple quoting, placeholders filled inside arguments. */
class CommandTemplateTest {

  @Test
  void splitsOnBlanksAndHonoursQuotes() {
    CommandTemplate command = CommandTemplate.parse(
        "{java}  -cp {cp} 'com.acme.Main' \"a \\\"quoted\\\" b\" it\\'s 'x y'z | \"\" 'c:\\dir'");

    assertThat(command.expand(Map.of("java", "/jdk/bin/java", "cp", "/tmp/my dir/a.jar:/lib.jar")))
        .containsExactly("/jdk/bin/java", "-cp", "/tmp/my dir/a.jar:/lib.jar", "com.acme.Main", "a \"quoted\" b",
            "it's", "x yz", "|", "", "c:\\dir");
  }

  @Test
  void placeholdersAreFoundInsideArguments() {
    CommandTemplate command = CommandTemplate.parse("sh -c 'java -cp {cp} Main > out.txt'");

    assertThat(command.uses("cp")).isTrue();
    assertThat(command.uses("jar")).isFalse();
    assertThat(command.expand(Map.of("cp", "a.jar"))).containsExactly("sh", "-c", "java -cp a.jar Main > out.txt");
  }

  @Test
  void anUnclosedQuoteOrNothingIsAUsageError() {
    assertThatThrownBy(() -> CommandTemplate.parse("java 'Main")).isInstanceOf(JarmorException.class)
        .hasMessage("unclosed quote in --run 'java 'Main'")
        .extracting(e -> ((JarmorException) e).kind()).isEqualTo(JarmorException.Kind.USAGE);
    assertThatThrownBy(() -> CommandTemplate.parse("  ")).hasMessage("--run needs a command, not '  '");
  }
}
