package dev.jarmor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the JSON a page of {@code HtmlReport} carries, as a browser's HTML parser finds it. */
public final class ReportPages {

  private static final String ELEMENT = "<script type=\"application/json\" id=\"jarmor-report\">";
  /** An escape of the JSON text: a backslash and what it escapes, {@code u003c} taken whole. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\(u003c|.)", Pattern.DOTALL);

  private ReportPages() {}

  /**
   * The element's content, from its start tag to the first {@code </script} in any case (where the parser ends
   * it), with the page's {@code \u003c} escapes turned back into {@code <}: the JSON report's text when the page
   * carries it unchanged. The content itself must hold no {@code <}.
   */
  public static String json(String page) {
    int start = page.indexOf(ELEMENT);
    assertThat(start).as("the page's JSON element").isNotNegative();
    start += ELEMENT.length();
    String content = page.substring(start, page.toLowerCase(Locale.ROOT).indexOf("</script", start));
    assertThat(content).doesNotContain("<");
    Matcher escape = ESCAPE.matcher(content);
    StringBuilder json = new StringBuilder();
    while (escape.find()) {
      escape.appendReplacement(json, Matcher.quoteReplacement(
          escape.group(1).equals("u003c") ? "<" : escape.group()));
    }
    return escape.appendTail(json).toString();
  }
}
