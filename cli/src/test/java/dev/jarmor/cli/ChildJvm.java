package dev.jarmor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A program run in a JVM of its own, as its users run it: what the behaviour tests compare between builds. */
final class ChildJvm {

  private ChildJvm() {}

  /**
   * The output, standard and error interleaved, of {@code mainClass} run with {@code arguments} from
   * {@code classpath}.
   */
  static String run(String classpath, String mainClass, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, mainClass));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }
}
