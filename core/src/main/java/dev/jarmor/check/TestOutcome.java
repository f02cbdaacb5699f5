package dev.jarmor.check;

/**
 * What one test did in one run.
 *
 * @param failure the failure's stack trace as the JVM printed it, or null when the test passed or was skipped
 */
public record TestOutcome(Status status, String failure) {

  /** The JUnit Platform's outcomes, and skipped. */
  public enum Status { PASSED, FAILED, ABORTED, SKIPPED }

  /** Whether the test passed. */
  public boolean passed() {
    return status == Status.PASSED;
  }
}
