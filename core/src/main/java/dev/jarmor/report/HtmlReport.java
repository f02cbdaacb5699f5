package dev.jarmor.report;

import dev.jarmor.output.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTML report ({@code --report-html}): one self-contained page a person opens in a browser, drawn by its own
 * script from the JSON report it carries ({@link JsonReport}'s text for {@code protect} and {@code explain}, {@code
 * CheckReport}'s for {@code check}), byte for byte the text {@code --report} writes, so that the page and the JSON
 * report cannot disagree. The page fetches nothing: its style and script are inline, and its content security
 * policy forbids every other source, so it works from {@code file:} and on a machine without network.
 *
 * <p>The JSON goes into a {@code <script type="application/json">} element, whose content the HTML parser takes
 * as raw text up to the first {@code </script}. Every {@code <} in it is written {@code \u003c}: outside a string
 * JSON has no {@code <}, and inside one the escape stands for the same character, so the text parses to the same
 * value and no name or string of the program can end the element or open a comment there. The script puts data on
 * the page as text, never as markup. The page's parts are resources beside this class ({@code html/}): the frame,
 * the style, the script every page shares and one per page.
 */
public final class HtmlReport {

  /** Which report a page shows: its heading and the script that draws it. */
  public enum Page {
    /** The report of {@code protect} and {@code explain}. */
    PROTECTION("jarmor report", "protection.js"),
    /** The report of {@code check}, with its fix search. */
    CHECK("jarmor check", "check.js");

    private final String heading;
    private final String script;

    Page(String heading, String script) {
      this.heading = heading;
      this.script = script;
    }
  }

  /** The id of the element holding the JSON, which the script reads. */
  static final String DATA_ID = "jarmor-report";

  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

  private HtmlReport() {}

  /**
   * Writes the page atomically: a temporary file moved into place.
   *
   * @param inputs the program's inputs, named on the page by their file names
   * @param json the JSON report's text
   */
  public static void write(Page page, List<Path> inputs, String json, Path target) {
    AtomicFile.writeText(target, "HTML report", out -> write(page, inputs, json, out));
  }

  static void write(Page page, List<Path> inputs, String json, Writer out) throws IOException {
    String names = inputs.stream().map(input -> input.getFileName() == null ? input.toString()
        : input.getFileName().toString()).collect(Collectors.joining(", "));
    Map<String, String> slots = Map.of(
        "title", text(page.heading + (names.isEmpty() ? "" : ": " + names)),
        "heading", text(page.heading),
        "inputs", text(names),
        "style", resource("report.css"),
        "dataId", DATA_ID,
        "data", scriptData(json),
        "script", resource("common.js") + resource(page.script));
    // the frame is filled slot by slot, so that nothing a slot brings in is read as a slot
    String frame = resource("page.html");
    Matcher slot = SLOT.matcher(frame);
    int from = 0;
    while (slot.find()) {
      out.write(frame, from, slot.start() - from);
      out.write(slots.get(slot.group(1)));
      from = slot.end();
    }
    out.write(frame, from, frame.length() - from);
  }

  /** JSON as the content of a script element: each {@code <} escaped, so nothing in it ends the element. */
  static String scriptData(String json) {
    return json.replace("<", "\\u003c");
  }

  /** Text for an element or an attribute value. */
  private static String text(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream("html/" + name)) {
      if (in == null) {
        throw new IllegalStateException("jarmor is missing its resource html/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
