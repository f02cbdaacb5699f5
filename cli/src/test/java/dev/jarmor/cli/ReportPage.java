package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the JSON reports jarmor writes, and the one a page of its HTML report carries. */
final class ReportPage {

  private static final String ELEMENT = "<script type=\"application/json\" id=\"jarmor-report\">";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportPage() {}

  /** The JSON element's content, up to the first {@code </script} (where the HTML parser ends it), parsed. */
  static JsonNode carried(Path page) throws IOException {
    String html = Files.readString(page);
    int start = html.indexOf(ELEMENT);
    assertThat(start).as("the page's JSON element").isNotNegative();
    start += ELEMENT.length();
    return JSON.readTree(html.substring(start, html.toLowerCase(Locale.ROOT).indexOf("</script", start)));
  }

  /** A JSON report, parsed. */
  static JsonNode json(Path report) throws IOException {
    return JSON.readTree(report.toFile());
  }
}
