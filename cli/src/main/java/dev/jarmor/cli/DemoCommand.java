package dev.jarmor.cli;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorException;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.passes.Pipeline;
import dev.jarmor.plan.Reason;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jarmor demo}: protects the bundled samples jar, runs original and protected side by side
 * and shows that they print the same, with a short before/after listing of class names. Exit 0
 * when the outputs are identical, 1 when they differ.
 */
@Command(name = "demo", description = "Protect the bundled samples, run both builds, compare their output.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

  private static final int LISTED_CLASSES = 12;

  @Option(names = "--samples", paramLabel = "<jar>",
      description = "The samples jar (default: samples/target/jarmor-samples.jar under JARMOR_HOME).")
  Path samples;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Option(names = "--keep-files", description = "Keep the protected jar and its mapping, and say where they are.")
  boolean keepFiles;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path input = samplesJar();
    Path dir = Files.createTempDirectory("jarmor-demo");
    try {
      return demo(input, dir);
    } finally {
      if (keepFiles) {
        System.out.println("kept: " + dir);
      } else {
        deleteTree(dir);
      }
    }
  }

  private int demo(Path input, Path dir) throws IOException, InterruptedException {
    Path output = dir.resolve("samples-protected.jar");
    PrintStream out = System.out;
    List<String> found = new ArrayList<>();
    JarmorListener warnings = new JarmorListener() {
      @Override
      public synchronized void warning(String message) {
        found.add(message);
      }
    };
    out.println("protecting " + input + " at level " + Pipeline.MAX_LEVEL);
    ProtectResult result = Jarmor.protect(
        ProtectOptions.builder().input(input).output(output).mapping(dir.resolve("mapping.txt"))
            .level(Pipeline.MAX_LEVEL).build(),
        warnings);

    out.println();
    out.println("class names, before -> after (" + result.plan().classNames().size() + " of "
        + result.classCount() + " renamed)");
    int listed = 0;
    for (Map.Entry<String, String> e : result.plan().classNames().entrySet()) {
      if (listed++ == LISTED_CLASSES) {
        out.println("  ...");
        break;
      }
      out.printf("  %-52s -> %s%n", e.getKey().replace('/', '.'), e.getValue().replace('/', '.'));
    }
    result.plan().keeps().keySet().stream().filter(t -> t instanceof dev.jarmor.plan.Target.ClassTarget)
        .forEach(t -> out.printf("  %-52s    kept: %s%n", t, result.plan().keeps().get(t).get(0).text()));


    out.println();
    out.println("passes: classes changed, sites rewritten");
    var counts = result.passes().counts();
    for (Pipeline.Step step : Pipeline.steps()) {
      var count = counts.get(step.switchName());
      if (count != null) {
        out.printf("  %-12s %5d classes %7d sites%n", step.switchName(), count.classes(), count.sites());
      }
    }

    List<String> original = run(input);
    List<String> protectedRun = run(output);
    out.println();
    int width = Math.max(30, original.stream().mapToInt(String::length).max().orElse(0));
    out.printf("%-" + width + "s | %s%n", "original", "protected");
    out.println("-".repeat(width) + "-+-" + "-".repeat(width));
    for (int i = 0; i < Math.max(original.size(), protectedRun.size()); i++) {
      String left = i < original.size() ? original.get(i) : "";
      String right = i < protectedRun.size() ? protectedRun.get(i) : "";
      out.printf("%-" + width + "s %s %s%n", left, left.equals(right) ? "|" : "≠", right);
    }
    boolean same = original.equals(protectedRun);
    out.println();
    out.println(same ? "identical output: the protected program behaves like the original" : "OUTPUTS DIFFER");
    if (!found.isEmpty()) {
      // protect's warnings name what only a run can confirm; the run above is that run
      out.println();
      out.println("what protect warned of, which " + (same ? "this run confirms works" : "may explain the difference")
          + ":");
      found.forEach(warning -> out.println("  " + Reason.headline(warning)));
    }
    return same ? 0 : 1;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private Path samplesJar() {
    Path jar = samples;
    if (jar == null) {
      String home = System.getenv("JARMOR_HOME");
      jar = Path.of(home == null ? "." : home, "samples", "target", "jarmor-samples.jar");
    }
    if (!Files.isRegularFile(jar)) {
      throw JarmorException.input("samples jar not found; build it with ./jarmor (or mvn -pl samples package)", jar.toString());
    }
    return jar;
  }

  private static List<String> run(Path jar) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    List<String> lines = new ArrayList<>(output.lines().toList());
    lines.add("(exit " + exit + ")");
    return lines;
  }

}
