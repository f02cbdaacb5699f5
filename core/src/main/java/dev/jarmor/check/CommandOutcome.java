package dev.jarmor.check;

/**
 * What one command of a {@code --run} sequence did.
 *
 * @param exitCode the process's exit status; -1 when it timed out
 * @param timedOut whether it was ended for running longer than the check's timeout
 */
public record CommandOutcome(int exitCode, boolean timedOut, String stdout, String stderr) {

  /** The exit status as a user reads it: {@code 0}, {@code timed out}. */
  public String status() {
    return timedOut ? "timed out" : String.valueOf(exitCode);
  }
}
