package dev.jarmor.check.junit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A JUnit Platform listener that writes what every test did, by unique id, to a file; {@link RunTests} registers
 * it. It prints nothing: the suite's output is the user's.
 *
 * <p>The file, read by core's {@code dev.jarmor.check.ResultsFile}, is UTF-8, one line per event, its fields
 * separated by tabs, with backslash, tab, line feed and carriage return inside a field written {@code \\},
 * {@code \t}, {@code \n}, {@code \r}:
 * <ul>
 *   <li>{@code STARTED <id>}: a test began; a run ended while the test ran (a timeout, {@code System.exit}) leaves
 *       only this line;
 *   <li>{@code <status> <id> <failure>}: a test finished, status PASSED, FAILED, ABORTED or SKIPPED, failure the
 *       stack trace as {@link Throwable#printStackTrace} prints it, empty when there is none.
 * </ul>
 * A later line for an id replaces an earlier one. Lines are written as events come, so that a run ended early
 * still says what it did.
 *
 * <p>Tests never run because a container above them did not succeed get the container's outcome: failed below a
 * failed container ({@code @BeforeAll}), aborted or skipped below an aborted or skipped one. A container that fails
 * after its tests passed ({@code @AfterAll}) fails them too. A container that did not succeed and holds no test (a
 * parameterized test whose argument source throws) gets a line of its own, so that its failure is not lost.
 */
public final class ResultsListener implements TestExecutionListener {

  private static final String PASSED = "PASSED";
  private static final String FAILED = "FAILED";
  private static final String SKIPPED = "SKIPPED";

  private final Path file;
  private Writer out;
  private TestPlan plan;
  /** The last status written for each test: what a container's outcome may override. */
  private final Map<String, String> written = new HashMap<>();

  /** @param file where the outcomes go */
  ResultsListener(Path file) {
    this.file = file;
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    try {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public synchronized void executionStarted(TestIdentifier id) {
    if (id.isTest()) {
      write("STARTED", id, null);
    }
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      write(SKIPPED, id, null);
    } else {
      containerEnded(id, SKIPPED, null);
    }
  }

  @Override
  public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
    String status = status(result.getStatus());
    String failure = result.getThrowable().map(ResultsListener::stackTrace).orElse(null);
    if (id.isTest()) {
      write(status, id, failure);
    } else if (!status.equals(PASSED)) {
      containerEnded(id, status, failure);
    }
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
    // A test no engine reported, below containers that all succeeded: an engine's fault, but not a pass.
    for (TestIdentifier root : testPlan.getRoots()) {
      for (TestIdentifier id : testPlan.getDescendants(root)) {
        if (id.isTest() && !written.containsKey(id.getUniqueId())) {
          write(FAILED, id, "never reported by its engine");
        }
      }
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives a container's outcome to the tests below it that it decides, or a line of its own when it has none. */
  private void containerEnded(TestIdentifier container, String status, String failure) {
    boolean holdsTests = false;
    for (TestIdentifier id : plan.getDescendants(container)) {
      if (!id.isTest()) {
        continue;
      }
      holdsTests = true;
      String before = written.get(id.getUniqueId());
      boolean notFinished = before == null || before.equals("STARTED");
      if (notFinished || status.equals(FAILED) && before.equals(PASSED)) {
        write(status, id, failure);
      }
    }
    if (!holdsTests) {
      write(status, container, failure);
    }
  }

  private void write(String status, TestIdentifier id, String failure) {
    written.put(id.getUniqueId(), status);
    try {
      out.write(status + '\t' + escape(id.getUniqueId()) + (status.equals("STARTED") ? "" : '\t' + escape(failure))
          + '\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String status(TestExecutionResult.Status status) {
    switch (status) {
      case SUCCESSFUL:
        return PASSED;
      case ABORTED:
        return "ABORTED";
      default:
        return FAILED;
    }
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    return trace.toString().trim();
  }

  private static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
          escaped.append("\\\\");
          break;
        case '\t':
          escaped.append("\\t");
          break;
        case '\n':
          escaped.append("\\n");
          break;
        case '\r':
          escaped.append("\\r");
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
