package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code -cp} option of a child JVM's command line. A suite's class path can outgrow what a command line
 * holds (Windows allows 32767 characters), so a Java 9 or later JVM gets it from an argument file
 * ({@code @file}); Java 8 reads no argument files, and gets it on the command line.
 */
final class ClassPathOption {

  private ClassPathOption() {}

  /**
   * The arguments that give {@code java} the class path.
   *
   * @param argumentFile where to write the argument file when one is used
   */
  static List<String> of(Path java, List<Path> classpath, Path argumentFile) {
    String joined = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    if (!readsArgumentFiles(java)) {
      return List.of("-cp", joined);
    }
    try {
      Files.writeString(argumentFile, "-cp " + quoted(joined) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw JarmorException.unwritable("argument file", argumentFile, e);
    }
    return List.of("@" + argumentFile);
  }

  /** Java 9 and later read argument files; their runtime image is {@code lib/modules}, which Java 8 has not. */
  private static boolean readsArgumentFiles(Path java) {
    try {
      Path bin = java.toRealPath().getParent();
      Path home = bin == null ? null : bin.getParent();
      return home != null && Files.isRegularFile(home.resolve("lib").resolve("modules"));
    } catch (IOException e) {
      // not a file (a name looked up on the PATH): the command line works on every version
      return false;
    }
  }

  /** In an argument file a backslash escapes the next character inside quotes. */
  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
