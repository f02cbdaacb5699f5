package dev.jarmor.bench.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A JUnit Platform listener that writes every test's outcome by unique id to the file named by the
 * configuration parameter {@code jarmor.peer.results}; bench/peer compares two such files. It does
 * nothing without that parameter, so having it on a class path is harmless.
 *
 * <p>Why not the console launcher's XML reports: the legacy XML has no containers, so a parameterized
 * test whose argument source fails, or a class whose set-up fails, leaves its tests out without a
 * trace, and it tells an aborted test from a disabled one only by the text of its message; the
 * open-test-reporting XML needs another jar on the suite's class path. Here every test the plan ever
 * held gets one line, including those that never ran because a container failed (with that
 * container's exception), and every failed container gets one too.
 *
 * <p>One line per test or failed container, tab-separated: {@code kind status unique-id exception
 * message root-cause at}, where kind is TEST or CONTAINER; status is SUCCESSFUL, FAILED, ABORTED,
 * SKIPPED (disabled) or NOT_RUN (a container above it failed); exception and message
 * describe the throwable, or for SKIPPED the reason; root-cause is the innermost cause as {@code
 * class: message} when there is one; at is the first stack frame outside the JDK and the test
 * frameworks. Tabs and line breaks inside fields become spaces.
 *
 * <p>Compiled against the Platform 1.11 API, the oldest a suite runs on. Loaded by the launcher
 * through ServiceLoader.
 */
public final class ResultsListener implements TestExecutionListener {

  /** The configuration parameter naming the results file. */
  public static final String PARAMETER = "jarmor.peer.results";

  private static final int MAX_MESSAGE = 300;

  private Path file;
  private final Map<String, String> testLines = new LinkedHashMap<>();
  private final Map<String, String> containerLines = new LinkedHashMap<>();
  /** Containers that failed, aborted or were skipped: what their descendants that never ran inherit. */
  private final Map<String, String[]> containerOutcomes = new HashMap<>();

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    Optional<String> name = plan.getConfigurationParameters().get(PARAMETER);
    file = name.map(Paths::get).orElse(null);
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (file == null) return;
    String[] outcome = {"SKIPPED", "", oneLine(reason), "", ""};
    if (id.isTest()) {
      testLines.put(id.getUniqueId(), line("TEST", id, outcome));
    } else {
      containerOutcomes.put(id.getUniqueId(), outcome);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (file == null) return;
    String[] outcome = outcome(result);
    if (id.isTest()) {
      testLines.put(id.getUniqueId(), line("TEST", id, outcome));
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      containerOutcomes.put(id.getUniqueId(), outcome);
      containerLines.put(id.getUniqueId(), line("CONTAINER", id, outcome));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (file == null) return;
    // Tests the engine never reported: below a container that failed, aborted or was disabled.
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier id : plan.getDescendants(root)) {
        if (!id.isTest() || testLines.containsKey(id.getUniqueId())) continue;
        String[] inherited = {"NOT_RUN", "", "never reported by its engine", "", ""};
        for (Optional<TestIdentifier> up = plan.getParent(id); up.isPresent(); up = plan.getParent(up.get())) {
          String[] outcome = containerOutcomes.get(up.get().getUniqueId());
          if (outcome != null) {
            inherited = outcome.clone();
            // below an aborted or disabled container a test is aborted or disabled too
            if (outcome[0].equals("FAILED")) inherited[0] = "NOT_RUN";
            break;
          }
        }
        testLines.put(id.getUniqueId(), line("TEST", id, inherited));
      }
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : testLines.values()) out.write(line);
      for (String line : containerLines.values()) out.write(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String[] outcome(TestExecutionResult result) {
    String status = result.getStatus().name();
    Throwable thrown = result.getThrowable().orElse(null);
    if (thrown == null) return new String[] {status, "", "", "", ""};
    Throwable root = thrown;
    Deque<Throwable> seen = new ArrayDeque<>();
    while (root.getCause() != null && !seen.contains(root.getCause())) {
      seen.push(root);
      root = root.getCause();
    }
    return new String[] {
      status,
      thrown.getClass().getName(),
      oneLine(thrown.getMessage()),
      root == thrown ? "" : root.getClass().getName() + ": " + oneLine(root.getMessage()),
      firstOwnFrame(thrown)
    };
  }

  /** The first frame of the code under test or of the test itself: where a failure comes from. */
  private static String firstOwnFrame(Throwable thrown) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String c = frame.getClassName();
      if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.startsWith("org.junit.")
          || c.startsWith("org.opentest4j.") || c.startsWith("org.hamcrest.") || c.startsWith("junit.")) {
        continue;
      }
      return c + "." + frame.getMethodName();
    }
    return "";
  }

  private static String line(String kind, TestIdentifier id, String[] outcome) {
    return kind + '\t' + outcome[0] + '\t' + id.getUniqueId() + '\t' + outcome[1] + '\t' + outcome[2] + '\t'
        + outcome[3] + '\t' + outcome[4] + '\n';
  }

  private static String oneLine(String text) {
    if (text == null) return "";
    String flat = text.replaceAll("[\\t\\r\\n]+", " ").trim();
    return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
  }
}
