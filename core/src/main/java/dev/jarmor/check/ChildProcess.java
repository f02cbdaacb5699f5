package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a child process to its end, or ends it with every process it started when it takes too long. */
final class ChildProcess {

  /** How a run ended: its exit status, or ended by us after the timeout (the status is then meaningless). */
  record Exit(int status, boolean timedOut) {}

  private ChildProcess() {}

  /**
   * Starts the process and waits for it; its output must be redirected to files, as nobody reads its pipes.
   *
   * @throws IOException when it cannot be started
   */
  static Exit run(ProcessBuilder builder, Duration timeout) throws IOException {
    Process process = builder.start();
    try {
      if (process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return new Exit(process.exitValue(), false);
      }
      endTree(process);
      return new Exit(-1, true);
    } catch (InterruptedException e) {
      endTree(process);
      Thread.currentThread().interrupt();
      throw new JarmorException(JarmorException.Kind.INTERNAL, "interrupted while a child JVM ran", null, e);
    }
  }

  /**
   * Ends the process and what it started: a test that hangs may be waiting for a JVM of its own, which would
   * outlive its parent and keep files open.
   */
  private static void endTree(Process process) {
    // found before the parent dies: afterwards its children belong to init and cannot be found through it
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.onExit().join();
  }
}
