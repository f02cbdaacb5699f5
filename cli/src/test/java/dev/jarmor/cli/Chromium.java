package dev.jarmor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium for the tests that open a page: installed by the project's own script
 * (scripts/install-chromium) where it is missing, and driven by Selenium through Debian's chromedriver, both named
 * by path, so that Selenium Manager has nothing to look for or download.
 */
final class Chromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path INSTALL = Path.of("../scripts/install-chromium");
  /** Warns that Selenium has no DevTools bindings for this Chromium's version: the tests use none. Held, not collected. */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  private Chromium() {}

  /**
   * Why there is no browser here, after the install script tried where one was missing; empty when there is one.
   */
  static Optional<String> missing(Path temp) throws IOException, InterruptedException {
    if (present()) {
      return Optional.empty();
    }
    Path said = temp.resolve("install-chromium.err");
    Process install = new ProcessBuilder("sh", INSTALL.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(said.toFile()).start();
    if (!install.waitFor(10, TimeUnit.MINUTES)) {
      install.destroyForcibly();
      return Optional.of("scripts/install-chromium did not finish in 10 minutes");
    }
    if (present()) {
      return Optional.empty();
    }
    String line = Files.readString(said).strip();
    return Optional.of(line.isEmpty() ? "scripts/install-chromium exited with " + install.exitValue()
        + ", and there is no " + BINARY + " or " + DRIVER : line);
  }

  private static boolean present() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /**
   * A headless browser with a fresh profile in {@code profile}, its console kept for {@link LogType#BROWSER}. The
   * switches keep it from reaching out to the network (without them it stalls on refused connections here).
   */
  static ChromeDriver start(Path profile, int width, int height) {
    DEVTOOLS.setLevel(Level.SEVERE);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    return new ChromeDriver(service, options);
  }
}
