package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jarmor explain} on the samples: per class what is kept and why, as text and as JSON. */
class ExplainTest {

  @TempDir Path temp;

  private static String samples() {
    return System.getProperty("jarmor.samples");
  }

  @Test
  void explainsEveryClassAndWritesTheSameAsJson() throws Exception {
    Path report = temp.resolve("report.json");

    Cli.Result result = Cli.run("explain", samples(), "--report", report.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("dev.jarmor.samples.ledger.LedgerApp  kept: Main-Class in META-INF/MANIFEST.MF [entry-point]")
        .contains("  method main([Ljava/lang/String;)V  kept: main method of the Main-Class [entry-point]")
        .contains("dev.jarmor.samples.ledger.model.Money -> ")
        .contains("method compareTo(Ljava/lang/Object;)I  kept: overrides or implements library method java.lang.Comparable.compareTo [library-override]")
        .contains("field ASSET Ldev/jarmor/samples/ledger/model/AccountType;  kept: enum constant");
    String json = Files.readString(report);
    assertThat(json).startsWith("{\"level\": 1, \"passes\": [\n  {\"name\": \"rename\", \"level\": 1, \"selected\": true")
        .contains("{\"name\": \"flow\", \"level\": 3, \"selected\": false")
        .contains("\"packages\": [\n  {\"name\": \"dev.jarmor.samples.names\", \"kept\": [{\"source\": "
        + "\"resource\", \"reason\": \"holds dev/jarmor/samples/names/greeting.txt")
        .contains("{\"name\": \"dev.jarmor.samples.ledger.LedgerApp\", \"newName\": \"dev.jarmor.samples.ledger.LedgerApp\", \"kept\": [{\"source\": \"entry-point\", \"reason\": \"Main-Class in META-INF/MANIFEST.MF\"}, ");
  }

  @Test
  void protectWritesTheReportToo() throws Exception {
    Path report = temp.resolve("report.json");
    Cli.Result result = Cli.run("protect", "-q", samples(), "-o", temp.resolve("out.jar").toString(),
        "--report", report.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(report)).contains("\"source\": \"library-override\"");
  }

  @Test
  void protectWarnsOnceOfEachLookupThatExplainNotes() throws Exception {
    String lookup = "Class.forName at dev.jarmor.samples.names.PluginHost.main:26 looks up a class by a name known"
        + " only at run time; no rule can be derived from the code there";

    Cli.Result protect = Cli.run("protect", "-q", samples(), "-o", temp.resolve("out.jar").toString());
    Cli.Result explain = Cli.run("explain", samples());

    assertThat(protect.exitCode()).as(protect.err()).isZero();
    assertThat(protect.err().split("jarmor: warning: " + java.util.regex.Pattern.quote(lookup), -1))
        .as(protect.err()).hasSize(2);
    assertThat(explain.out()).contains("  note: " + lookup);
  }

  @Test
  void demoShowsIdenticalOutput() {
    Cli.Result result = Cli.run("demo", "--samples", samples());
    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("class names, before -> after").contains("identical output");
  }
}
