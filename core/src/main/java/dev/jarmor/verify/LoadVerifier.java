package dev.jarmor.verify;

import dev.jarmor.JarmorException;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * {@code --verify-load}: loads and links every output class in a fresh JVM ({@link LoadCheck}), with
 * the JVM's own verifier, against the same libraries. The classes are never initialised, so no
 * user code runs.
 *
 * <p>A class that does not link is protection's failure only if the input's class links: the input's classes
 * behind the failing ones are checked the same way, against the inputs and the same libraries, and those that
 * fail there too (a class they need is missing from the classpath) are a warning about the classpath.
 */
public final class LoadVerifier {

  private static final String FAIL = "FAIL ";
  private static final String ABSENT = "ABSENT ";

  private LoadVerifier() {}

  /**
   * @param java the java launcher of the JDK the program targets
   * @param inputs the program's jars and class folders, unprotected
   * @param originalName the input's internal name of an output class's internal name
   * @throws JarmorException of kind VERIFICATION naming the first class that does not link and whose input's does
   */
  public static void verify(Path java, Path jar, List<Path> inputs, List<String> libraries,
      UnaryOperator<String> originalName, Consumer<String> warnings) {
    List<String> libraryElements = elements(libraries);
    List<String> outputPath = new ArrayList<>(List.of(jar.toString()));
    outputPath.addAll(libraryElements);
    Map<String, String> failures = failures(java, jar.toString(), outputPath, List.of());
    if (failures.isEmpty()) {
      return;
    }
    Map<String, String> originals = new LinkedHashMap<>();
    failures.keySet().forEach(name ->
        originals.put(name, originalName.apply(name.replace('.', '/')).replace('/', '.')));
    List<String> inputPath = new ArrayList<>(inputs.stream().map(Path::toString).toList());
    inputPath.addAll(libraryElements);
    Map<String, String> inputFailures = failures(java, "-", inputPath, List.copyOf(originals.values()));
    List<String> inherited = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    failures.forEach((name, error) -> {
      String original = originals.get(name);
      String inputError = inputFailures.get(original);
      if (inputError != null && !inputError.isEmpty()) {
        inherited.add(original + ": " + inputError);
      } else {
        broken.add((original.equals(name) ? name : original + " (" + name + " in the output)") + ": " + error);
      }
    });
    if (!inherited.isEmpty()) {
      warnings.accept(inherited.size() + (inherited.size() == 1
          ? " class does not link in the input either, so protection is not to blame (is a class it needs missing"
          : " classes do not link in the input either, so protection is not to blame (is a class they need missing")
          + " from --lib?): " + inherited.get(0) + more(inherited));
    }
    if (!broken.isEmpty()) {
      throw new JarmorException(JarmorException.Kind.VERIFICATION, "output does not load: " + broken.get(0)
          + more(broken), null);
    }
  }

  /**
   * Runs {@link LoadCheck} on {@code what} (a jar, or {@code -} for the {@code names} given) with the class path:
   * each class that does not link with its error, in the order checked; an absent class with an empty error.
   */
  private static Map<String, String> failures(Path java, String what, List<String> classPath, List<String> names) {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-cp", ownLocation(),
        LoadCheck.class.getName(), what));
    if (what.equals("-")) {
      command.addAll(classPath);
    } else {
      command.addAll(classPath.subList(1, classPath.size()));
    }
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> failures = new LinkedHashMap<>();
      output.lines().forEach(line -> {
        if (line.startsWith(FAIL)) {
          int colon = line.indexOf(": ", FAIL.length());
          failures.put(line.substring(FAIL.length(), colon), line.substring(colon + 2));
        } else if (line.startsWith(ABSENT)) {
          failures.put(line.substring(ABSENT.length()), "");
        }
      });
      if (process.waitFor() != 0 && failures.isEmpty()) {
        throw new JarmorException(JarmorException.Kind.VERIFICATION, (what.equals("-") ? "input" : "output")
            + " does not load: " + output.strip(), null);
      }
      return failures;
    } catch (IOException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "cannot start the load check: " + e.getMessage(), java.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JarmorException(JarmorException.Kind.INTERNAL, "interrupted during the load check", null, e);
    }
  }

  private static List<String> elements(List<String> libraries) {
    List<String> elements = new ArrayList<>();
    for (String lib : libraries) {
      for (String element : lib.split(File.pathSeparator)) {
        if (!element.isBlank()) {
          elements.add(element);
        }
      }
    }
    return elements;
  }

  private static String more(List<String> all) {
    return all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : "";
  }

  private static String ownLocation() {
    try {
      return Path.of(LoadCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
