package dev.jarmor.bench.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/**
 * Tells why test classes are missing from a run: JUnit's class path scan drops a class it cannot
 * load or whose members it cannot list (a renamed class in a signature) without reporting it, so
 * its tests vanish without a failure. Run on the suite's class path, this loads each class named in
 * the file given and lists its members and those of its superclasses, as the scan does, and prints
 * what was thrown.
 *
 * <p>Usage: {@code ClassProbe <file with one class name a line>}; prints {@code class exception
 * message root-cause} lines, tab-separated, with an empty exception when the class loads.
 */
public final class ClassProbe {

  private ClassProbe() {}

  public static void main(String[] args) throws IOException {
    List<String> names = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
    ClassLoader loader = ClassProbe.class.getClassLoader();
    for (String name : names) {
      if (name.isBlank()) continue;
      String outcome = "\t\t";
      try {
        for (Class<?> c = Class.forName(name, false, loader); c != null; c = c.getSuperclass()) {
          c.getDeclaredMethods();
          c.getDeclaredFields();
          c.getDeclaredConstructors();
          c.getDeclaredClasses();
        }
      } catch (Throwable t) { // LinkageErrors above all: what the scan swallows
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        outcome = t.getClass().getName() + '\t' + flat(t.getMessage()) + '\t'
            + (root == t ? "" : root.getClass().getName() + ": " + flat(root.getMessage()));
      }
      System.out.println(name + '\t' + outcome);
    }
  }

  private static String flat(String text) {
    return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").trim();
  }
}
