package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

  @TempDir Path temp;

  @Test
  void readsEscapesAndLetsALaterLineReplaceAnEarlierOne() throws IOException {
    Path file = Files.writeString(temp.resolve("results.txt"), """
        STARTED\t[a]
        PASSED\t[a]\t
        STARTED\t[b\\\\c]
        FAILED\t[b\\\\c]\tjava.lang.AssertionError: x\\ty\\n\\tat Foo.bar(Foo.java:1)
        STARTED\t[d]
        """);

    assertThat(ResultsFile.read(file, "cut short")).containsExactly(
        entry("[a]", TestOutcome.Status.PASSED, null),
        entry("[b\\c]", TestOutcome.Status.FAILED, "java.lang.AssertionError: x\ty\n\tat Foo.bar(Foo.java:1)"),
        entry("[d]", TestOutcome.Status.FAILED, "cut short"));
  }

  @Test
  void ignoresALastLineCutShortAndAMissingFile() throws IOException {
    Path file = Files.writeString(temp.resolve("results.txt"), "PASSED\t[a]\t\nFAIL");

    assertThat(ResultsFile.read(file, "")).containsOnlyKeys("[a]");
    assertThat(ResultsFile.read(temp.resolve("none.txt"), "")).isEmpty();
  }

  private static java.util.Map.Entry<String, TestOutcome> entry(String id, TestOutcome.Status status, String failure) {
    return java.util.Map.entry(id, new TestOutcome(status, failure));
  }
}
