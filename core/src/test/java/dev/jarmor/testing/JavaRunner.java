package dev.jarmor.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs programs in child JVMs (and the JDK's tools) as their users run them, and captures what they print: the one
 * way every test of core and the CLI starts a process that runs to its end. A run that outlives its timeout is
 * ended, with the processes it started, and fails the test with what it printed so far; the output is read while
 * the process runs, so a hang cannot keep the timeout from firing.
 */
public final class JavaRunner {

  /** How long a run may take unless a test says otherwise. */
  public static final Duration TIMEOUT = Duration.ofMinutes(2);

  /** A finished run: its exit status and its output, standard and error interleaved. */
  public record Run(int exitCode, String output) {

    /** The output of a run that must have exited with status 0: the test fails, quoting the output, otherwise. */
    public String succeeded() {
      if (exitCode != 0) {
        throw new AssertionError("exit status " + exitCode + ":\n" + output);
      }
      return output;
    }
  }

  private JavaRunner() {}

  /** The output of {@code mainClass} run from {@code classpath}, which must exit with status 0. */
  public static String output(List<Path> classpath, String mainClass, String... args)
      throws IOException, InterruptedException {
    return run(classpath, mainClass, args).succeeded();
  }

  /** The same on the JDK whose {@code java} is given. */
  public static String output(Path java, List<Path> classpath, String mainClass, String... args)
      throws IOException, InterruptedException {
    return run(java, classpath, mainClass, args).succeeded();
  }

  /** {@code mainClass} run from {@code classpath}, whatever its exit status: for a test that expects a failure. */
  public static Run run(List<Path> classpath, String mainClass, String... args) throws IOException, InterruptedException {
    return run(javaExecutable(), classpath, mainClass, args);
  }

  /** The same on the JDK whose {@code java} is given. */
  public static Run run(Path java, List<Path> classpath, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-cp",
        String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()), mainClass));
    command.addAll(List.of(args));
    return command(command);
  }

  /** Any command (a JDK tool, {@code java} with options of its own), whatever its exit status, within {@link #TIMEOUT}. */
  public static Run command(List<String> command) throws IOException, InterruptedException {
    return command(command, TIMEOUT);
  }

  /** The same within {@code timeout}. */
  public static Run command(List<String> command, Duration timeout) throws IOException, InterruptedException {
    return command(new ProcessBuilder(command), timeout);
  }

  /**
   * A process as {@code builder} says to start it (its working directory, its environment), whatever its exit
   * status, within {@code timeout}.
   */
  public static Run command(ProcessBuilder builder, Duration timeout) throws IOException, InterruptedException {
    List<String> command = builder.command();
    Process process = builder.redirectErrorStream(true).start();
    process.getOutputStream().close(); // a program reading its input sees the end of it, not a wait
    FutureTask<byte[]> output = new FutureTask<>(process.getInputStream()::readAllBytes);
    Thread reader = new Thread(output, "output of " + command.get(0));
    reader.setDaemon(true);
    reader.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError("timed out after " + timeout.toSeconds() + " s, ended: " + String.join(" ", command)
          + "\n" + text(output));
    }
    return new Run(process.exitValue(), text(output));
  }

  /** What the process printed, once it ended; a process it started and left running may still hold the stream. */
  private static String text(FutureTask<byte[]> output) throws IOException, InterruptedException {
    try {
      return new String(output.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    } catch (ExecutionException e) {
      throw new IOException("cannot read a child process's output", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("a process the child started holds its output open 10 s after it ended");
    }
  }

  /** The {@code java} of the JDK running the tests. */
  public static Path javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
