package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --mapping}, {@code --apply-mapping} and {@code jarmor retrace} from the command line. */
class MappingCliTest {

  @TempDir Path temp;

  private static String newName(List<String> mapping, String original) {
    String prefix = original + " -> ";
    return mapping.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow()
        .substring(prefix.length()).replace(":", "");
  }

  @Test
  void mappingRetraceAndApplyMapping() throws Exception {
    Path mapping = temp.resolve("mapping.txt");
    Cli.Result first = Cli.run("protect", "-q", Cli.samples(), "-o", temp.resolve("v1.jar").toString(),
        "--seed", "1", "--mapping", mapping.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    List<String> lines = Files.readAllLines(mapping);
    String money = newName(lines, "dev.jarmor.samples.ledger.model.Money");
    assertThat(money).doesNotContain("Money");
    assertThat(lines).contains("dev.jarmor.samples.ledger.LedgerApp -> dev.jarmor.samples.ledger.LedgerApp:");

    Path trace = Files.writeString(temp.resolve("trace.txt"),
        "Exception in thread \"main\" java.lang.IllegalStateException: bad " + money + "\n"
            + "\tat " + money + ".toString(SourceFile:10)\n"
            + "\tat dev.jarmor.samples.ledger.LedgerApp.main(LedgerApp.java:40)\n");
    Cli.Result retraced = Cli.run("retrace", "--mapping", mapping.toString(), trace.toString());
    assertThat(retraced.exitCode()).as(retraced.err()).isZero();
    assertThat(retraced.out()).contains("bad dev.jarmor.samples.ledger.model.Money")
        .contains("\tat dev.jarmor.samples.ledger.model.Money.toString(")
        .contains("\tat dev.jarmor.samples.ledger.LedgerApp.main(LedgerApp.java:40)");

    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(trace)));
      assertThat(Cli.run("retrace", "--mapping", mapping.toString()).out()).isEqualTo(retraced.out());
    } finally {
      System.setIn(stdin);
    }

    Path mapping2 = temp.resolve("mapping2.txt");
    Cli.Result second = Cli.run("protect", "-q", Cli.samples(), "-o", temp.resolve("v2.jar").toString(),
        "--seed", "99", "--apply-mapping", mapping.toString(), "--mapping", mapping2.toString());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(Files.readString(mapping2, StandardCharsets.UTF_8)).isEqualTo(Files.readString(mapping, StandardCharsets.UTF_8));
  }

  @Test
  void badMappingFileIsAUsageError() throws Exception {
    Path bad = Files.writeString(temp.resolve("bad.txt"), "this is not a mapping\n");
    Cli.Result result = Cli.run("retrace", "--mapping", bad.toString(), bad.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("jarmor: error: ").contains("bad.txt:1");
  }
}
