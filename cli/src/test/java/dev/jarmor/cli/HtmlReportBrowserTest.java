package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report in a real browser, Debian's headless Chromium ({@link Chromium}, installed by
 * scripts/install-chromium where missing): the page of the protected samples jar renders without a script error,
 * shows the totals and per-pass figures its JSON report holds, and its search shows a kept class and hides the
 * others; a failing check's page shows its matrix. Where no browser can be installed the tests are skipped, saying
 * why. Each page's screenshot goes to target/html-report/, for a person to look at.
 */
class HtmlReportBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target/html-report");
  /** A class the samples keep: the ledger's Main-Class. */
  private static final String KEPT = "dev.jarmor.samples.ledger.LedgerApp";
  /** A class in another package, which a search for the kept one must hide. */
  private static final String UNRELATED = "dev.jarmor.samples.wire.WireParent";

  @TempDir static Path temp;
  /** Why there is no browser, once the install script has tried. */
  private static Optional<String> missing;
  private static ChromeDriver browser;

  @BeforeAll
  static void openBrowser() throws Exception {
    missing = Chromium.missing(temp);
    if (missing.isEmpty()) {
      browser = Chromium.start(Files.createDirectories(temp.resolve("profile")), 1280, 1900);
    }
  }

  /** Each test is skipped, saying why, where no browser can be had: an assumption of the class would go unreported. */
  @BeforeEach
  void needsTheBrowser() {
    Assumptions.assumeTrue(missing.isEmpty(), () -> "no browser to open the HTML report in: " + missing.get());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @AfterEach
  void noScriptError() {
    if (browser == null) {
      return;
    }
    List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).as("errors in the browser's console").isEmpty();
  }

  @Test
  void theProtectionReportShowsTheTotalsOfItsJsonReportAndItsSearchFindsAKeptClass() throws Exception {
    Path json = temp.resolve("report.json");
    Path html = temp.resolve("report.html");
    Cli.Result result = Cli.run("protect", "-q", System.getProperty("jarmor.samples"), "-o",
        temp.resolve("out.jar").toString(), "--level", "3", "--report", json.toString(), "--report-html",
        html.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode report = ReportPage.json(json);
    List<JsonNode> classes = StreamSupport.stream(report.get("classes").spliterator(), false).toList();
    int renamed = (int) classes.stream().filter(c -> !c.get("name").equals(c.get("newName"))).count();

    browser.get(html.toUri().toString());

    assertThat(browser.getTitle()).isEqualTo("jarmor report: jarmor-samples.jar");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("jarmor report");
    assertThat(total("classes.all")).isEqualTo(classes.size());
    assertThat(total("classes.renamed")).isEqualTo(renamed).isPositive();
    assertThat(total("classes.kept")).isEqualTo(classes.size() - renamed).isPositive();
    assertThat(total("fields.renamed") + total("methods.renamed"))
        .isEqualTo(classes.stream().mapToInt(c -> c.get("renamedMembers").asInt()).sum());
    JsonNode summary = report.get("summary");
    for (String kind : List.of("fields", "methods")) {
      String renamedKind = "renamed" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
      assertThat(total(kind + ".all")).as(kind).isEqualTo(summary.get(kind).asInt());
      assertThat(total(kind + ".kept")).as(kind).isEqualTo(summary.get(kind).asInt() - summary.get(renamedKind).asInt());
    }
    assertThat(total("keptNames")).isEqualTo(summary.get("keptNames").asInt());
    assertThat(total("strings")).isEqualTo(StreamSupport.stream(report.get("resources").spliterator(), false)
        .mapToInt(r -> r.get("adaptedStrings").size()).sum() + classes.stream()
        .mapToInt(c -> c.get("adaptedStrings").size()).sum());
    for (JsonNode pass : report.get("passes")) {
      WebElement row = browser.findElement(By.cssSelector("tr[data-pass='" + pass.get("name").asText() + "']"));
      assertThat(number(row.findElement(By.className("classes")).getText())).as(pass.get("name").asText())
          .isEqualTo(pass.get("classes").asInt());
      assertThat(number(row.findElement(By.className("sites")).getText())).as(pass.get("name").asText())
          .isEqualTo(pass.get("sites").asInt());
    }
    List<WebElement> tops = browser.findElements(By.cssSelector("#tree > details.pkg > summary > .counts"));
    assertThat(tops.stream().mapToInt(top -> Integer.parseInt(top.getAttribute("data-renamed"))).sum())
        .as("the package tree counts every class").isEqualTo(renamed);
    screenshot("protect.png");

    openEveryPackage();
    assertThat(classElement(UNRELATED).isDisplayed()).isTrue();
    assertThat(classes.stream().filter(c -> c.get("name").asText().equals(KEPT)).findFirst().orElseThrow()
        .get("kept")).as("kept for a reason").isNotEmpty();
    browser.findElement(By.id("search")).sendKeys(KEPT.substring(KEPT.lastIndexOf('.') + 1));

    WebElement matches = browser.findElement(By.id("matches"));
    assertThat(await(() -> matches.getAttribute("data-classes"))).isEqualTo("1");
    assertThat(matches.getText()).startsWith("1 class \u00B7 ");
    assertThat(classElement(KEPT).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("#tree [data-class='" + UNRELATED + "']"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#tree details.cls"))).hasSize(1);
    screenshot("protect-search.png");
  }

  @Test
  void thePassesRowsOpenToTheMethodsEachLeftAlone() throws Exception {
    Path html = temp.resolve("explain.html");
    Cli.Result result = Cli.run("explain", ExplainTest.program(Files.createDirectories(temp.resolve("program")))
        .toString(), "--level", "3", "--report-html", html.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    browser.get(html.toUri().toString());

    WebElement flow = browser.findElement(By.cssSelector("tr[data-pass='flow']"));
    WebElement button = flow.findElement(By.tagName("button"));
    assertThat(button.getText()).isEqualTo("\u25B8 1 method");
    button.click();
    WebElement expansion = flow.findElement(By.xpath("following-sibling::tr[1]"));
    assertThat(expansion.isDisplayed()).isTrue();
    assertThat(expansion.getText()).startsWith("gen.Util.huge(Lgen/Util;I)I \u2192 ")
        .endsWith(": code would exceed 65535 bytes");
    screenshot("explain-passes.png");
    button.click();
    assertThat(expansion.isDisplayed()).isFalse();
  }

  @Test
  void aFailingChecksPageShowsItsMatrix() throws Exception {
    PluginHost host = PluginHost.build(Files.createDirectories(temp.resolve("check")));
    Path json = temp.resolve("check.json");
    Path html = temp.resolve("check.html");
    Cli.Result result = Cli.run("check", "-q", host.jar().toString(), "--run", PluginHost.RUN, "--files",
        host.files().toString(), "--levels", "0-1", "--report", json.toString(), "--report-html", html.toString());
    assertThat(result.exitCode()).as(result.err()).isEqualTo(6);
    JsonNode report = ReportPage.json(json);

    browser.get(html.toUri().toString());

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("jarmor check");
    assertThat(browser.findElement(By.id("verdict")).getText())
        .isEqualTo("1 variant of 2 does not behave like the original.");
    for (JsonNode variant : report.get("variants")) {
      WebElement cell = browser.findElement(By.cssSelector("#matrix td[data-level='" + variant.get("level").asInt()
          + "'][data-wire='" + variant.get("wire").asText() + "']"));
      assertThat(cell.getAttribute("data-passed")).isEqualTo(variant.get("passed").asText());
      assertThat(cell.getText()).startsWith(variant.get("passed").asBoolean() ? "passes" : "DIFFERS");
    }
    assertThat(browser.findElement(By.cssSelector("#matrix td[data-highest='open']")).getText()).isEqualTo("level 0");
    assertThat(browser.findElement(By.id("variant-1-open")).getText())
        .contains("java.lang.ClassNotFoundException: com.acme.plugins.Greeter")
        .contains("at com.acme.host.PluginLoader.load(PluginLoader.java:");
    screenshot("check.png");
  }

  private static int total(String name) {
    return number(browser.findElement(By.cssSelector("[data-total='" + name + "']")).getText());
  }

  private static int number(String shown) {
    return Integer.parseInt(shown.replace(",", ""));
  }

  private static WebElement classElement(String name) {
    return browser.findElement(By.cssSelector("#tree [data-class='" + name + "']"));
  }

  /** Opens the packages of the tree, and those that opening them draws, until none is closed. */
  private static void openEveryPackage() {
    browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "(function open() {"
        + "  const closed = document.querySelectorAll('#tree details.pkg:not([open])');"
        + "  if (closed.length === 0) { done(); return; }"
        + "  closed.forEach(d => d.open = true);"
        + "  setTimeout(open, 20);" // each fills its children when its toggle event comes
        + "})();");
  }

  /** The value once there is one (the search waits for the typing to stop), within five seconds. */
  private static <T> T await(Supplier<T> value) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    T seen = value.get();
    while (seen == null && System.nanoTime() < deadline) {
      Thread.sleep(20);
      seen = value.get();
    }
    return seen;
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
