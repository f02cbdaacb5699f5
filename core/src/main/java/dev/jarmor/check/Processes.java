package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one command in a working directory with a timeout and captures its output. */
final class Processes {

  private Processes() {}

  /**
   * Runs {@code command} in {@code directory}; its output goes to files in {@code logs} (outside the working
   * directory, whose files the check compares), read back once it ended. A command that outlives the timeout is
   * ended with every process it started.
   *
   * @throws JarmorException of kind USAGE when the command cannot start
   */
  static CommandOutcome run(List<String> command, Path directory, Map<String, String> environment,
      Duration timeout, Path logs) {
    try {
      Path out = Files.createTempFile(logs, "out", ".txt");
      Path err = Files.createTempFile(logs, "err", ".txt");
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
      builder.environment().putAll(environment);
      Process process = start(builder, command);
      process.getOutputStream().close(); // a command reading stdin sees its end, as under a CI runner
      boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!ended) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
      }
      CommandOutcome outcome = new CommandOutcome(ended ? process.exitValue() : -1, !ended,
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return outcome;
    } catch (IOException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "cannot capture a command's output: " + e.getMessage(),
          logs.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JarmorException(JarmorException.Kind.INTERNAL, "interrupted", String.join(" ", command), e);
    }
  }

  private static Process start(ProcessBuilder builder, List<String> command) {
    try {
      return builder.start();
    } catch (IOException e) {
      // the JDK's message names the working directory, a temporary folder; the system's reason follows "error=2, "
      String message = String.valueOf(e.getMessage());
      String reason = message.substring(message.lastIndexOf(": ") + 2).replaceFirst("^error=\\d+, ", "");
      throw JarmorException.usage("cannot start --run command " + command.get(0) + ": " + reason);
    }
  }
}
