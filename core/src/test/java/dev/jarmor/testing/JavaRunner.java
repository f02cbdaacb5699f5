package dev.jarmor.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a child JVM and captures what it prints. */
public final class JavaRunner {

  /** Exit code and combined stdout/stderr of a run. */
  public record Run(int exitCode, String output) {}

  private JavaRunner() {}

  public static Run run(List<Path> classpath, String mainClass, String... args) throws IOException, InterruptedException {
    return run(javaExecutable(), classpath, mainClass, args);
  }

  public static Run run(Path java, List<Path> classpath, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-cp",
        String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()), mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  public static Path javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
