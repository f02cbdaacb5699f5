package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --report-html} of protect and explain: one page carrying the JSON report of the run, written beside
 * {@code --report} or alone. (check's page: {@link CheckCliTest}; the page in a browser: {@link
 * HtmlReportBrowserTest}.)
 */
class HtmlReportCliTest {

  @TempDir Path temp;

  @Test
  void protectWritesThePageCarryingTheJsonReport() throws Exception {
    Path json = temp.resolve("report.json");
    Path html = temp.resolve("report.html");

    Cli.Result result = Cli.run("protect", "-q", Cli.samples(), "-o", temp.resolve("out.jar").toString(), "--level", "2",
        "--report", json.toString(), "--report-html", html.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode report = ReportPage.carried(html);
    assertThat(report).isEqualTo(ReportPage.json(json));
    assertThat(Files.readString(html)).contains("<title>jarmor report: jarmor-samples.jar</title>");
    JsonNode summary = report.get("summary");
    Stream<JsonNode> classes = StreamSupport.stream(report.get("classes").spliterator(), false);
    assertThat(summary.get("classes").asInt()).isEqualTo(report.get("classes").size());
    assertThat(summary.get("renamedClasses").asLong())
        .isEqualTo(classes.filter(c -> !c.get("name").equals(c.get("newName"))).count()).isPositive();
    assertThat(summary.get("renamedFields").asInt() + summary.get("renamedMethods").asInt()).isEqualTo(
        StreamSupport.stream(report.get("classes").spliterator(), false).mapToInt(c -> c.get("renamedMembers").asInt())
            .sum());
  }

  @Test
  void explainWritesThePageAlone() throws Exception {
    Path html = temp.resolve("explain/report.html");

    Cli.Result result = Cli.run("explain", Cli.samples(), "--level", "3", "--report-html", html.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("summary\n");
    assertThat(ReportPage.carried(html).get("level").asInt()).isEqualTo(3);
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).containsExactly(html.getParent());
    }
  }
}
