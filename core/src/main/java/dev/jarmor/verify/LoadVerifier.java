package dev.jarmor.verify;

import dev.jarmor.JarmorException;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --verify-load}: loads and links every output class in a fresh JVM ({@link LoadCheck}), with
 * the JVM's own verifier, against the same libraries. The classes are never initialised, so no
 * user code runs.
 */
public final class LoadVerifier {

  private LoadVerifier() {}

  /**
   * @param java the java launcher of the JDK the program targets
   * @throws JarmorException of kind VERIFICATION naming the first class that does not link
   */
  public static void verify(Path java, Path jar, List<String> libraries) {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-cp", ownLocation(),
        LoadCheck.class.getName(), jar.toString()));
    for (String lib : libraries) {
      for (String element : lib.split(File.pathSeparator)) {
        if (!element.isBlank()) {
          command.add(element);
        }
      }
    }
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        String first = output.lines().filter(l -> l.startsWith("FAIL ")).findFirst()
            .map(l -> l.substring("FAIL ".length())).orElse(output.strip());
        long count = output.lines().filter(l -> l.startsWith("FAIL ")).count();
        throw new JarmorException(JarmorException.Kind.VERIFICATION, "output does not load: " + first
            + (count > 1 ? " (and " + (count - 1) + " more)" : ""), null);
      }
    } catch (IOException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "cannot start the load check: " + e.getMessage(), java.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JarmorException(JarmorException.Kind.INTERNAL, "interrupted during the load check", null, e);
    }
  }

  private static String ownLocation() {
    try {
      return Path.of(LoadCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
