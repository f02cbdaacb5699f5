package dev.jarmor.profile;

import dev.jarmor.JarmorException;
import dev.jarmor.output.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The methods a profile names as hot ({@code --hot}), which level 4 spares: they keep level 3's treatment, within the
 * JIT's limits. A profile is a JFR recording of a representative run (or a folder of them, one per JVM), whose
 * {@code jdk.ExecutionSample} events {@link ExecutionSamples} reads: in each recording, the methods its samples count
 * for most (the first frame the JDK does not load) that take {@link #TOP_SHARE} of its samples together, and the
 * program methods below them on those samples' stacks; or a plain list of methods, a line each:
 * {@code com.acme.Parser.next} (every method of that name) or with its descriptor,
 * {@code com.acme.Parser.next(I)Ljava/lang/String;}; {@code #} starts a comment. Names are the program's
 * own, as the profiled run saw them.
 */
public final class HotMethods {

  /**
   * The share of a recording's samples its hot methods take together. What is left out runs with level 4's full
   * treatment, several times slower: at 90% and the direct callers, bench/runtime measured level 4 15.5% slower
   * than the original on the geometric mean of its workloads; at 99% and the stacks below, 9.1%, as level 3 in the
   * same run (docs/benchmarks/runtime.md, not recorded: wider than its ±2 bound).
   */
  public static final double TOP_SHARE = 0.99;

  /** No profile: no method is spared. */
  public static final HotMethods NONE = new HotMethods(Map.of(), "");

  /** Why each hot method is, by internal class name, a dot, and name or name with descriptor. */
  private final Map<String, String> why;
  private final String source;

  private HotMethods(Map<String, String> why, String source) {
    this.why = Collections.unmodifiableMap(why);
    this.source = source;
  }

  /**
   * The profile in {@code file}: a JFR recording, a folder of them (one per JVM of a run, their samples together) or
   * a list; an unreadable or malformed one is exit 3.
   */
  public static HotMethods read(Path file) {
    String source = file.getFileName().toString();
    try {
      if (Files.isDirectory(file)) {
        return readRecordings(recordings(file));
      }
      return isRecording(file) ? fromSamples(ExecutionSamples.read(List.of(file)), source)
          : fromList(Files.readAllLines(file, StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw JarmorException.unreadable("the profile", file, e);
    } catch (IllegalArgumentException e) {
      throw JarmorException.input("the profile is neither a JFR recording nor a list of methods: " + e.getMessage(),
          file.toString());
    }
  }

  /** The JFR recordings in a folder, by name. */
  public static List<Path> recordings(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(file -> file.getFileName().toString().endsWith(".jfr")).sorted().toList();
    }
  }

  /** The hot methods of several recordings' samples together: those of the JVMs of one run. */
  public static HotMethods readRecordings(List<Path> recordings) throws IOException {
    return fromSamples(ExecutionSamples.read(recordings), recordings.size() + " recordings");
  }

  /**
   * Writes the hot methods as a list {@link #read} takes, a line each with why it is hot: the profile that
   * {@code jarmor check --profile} leaves for {@code --hot}.
   */
  public void write(Path file) {
    AtomicFile.writeText(file, "the profile", out -> {
      out.write("# the hot methods of " + source + ", which level 4 spares (jarmor protect --hot)\n");
      for (String method : methods()) {
        int dot = classEnd(method);
        out.write(method.substring(0, dot).replace('/', '.') + method.substring(dot) + "   # " + why.get(method)
            + "\n");
      }
    });
  }

  /** The hot methods of the samples ({@link ExecutionSamples#hottest}), each with the share of the samples it is in. */
  static HotMethods fromSamples(ExecutionSamples samples, String source) {
    Map<String, String> why = new HashMap<>();
    samples.hottest(TOP_SHARE).forEach((method, count) -> why.put(method, String.format(Locale.ROOT,
        "hot: in %.1f%% of the samples of %s", 100.0 * count / samples.total(), source)));
    return new HotMethods(why, source);
  }

  static HotMethods fromList(List<String> lines, String source) {
    Map<String, String> why = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      String method = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (method.isEmpty()) {
        continue;
      }
      int dot = classEnd(method);
      if (dot <= 0 || dot == method.length() - 1 || method.contains(" ")) {
        throw new IllegalArgumentException("line " + (i + 1) + " is no method: " + line.strip()
            + " (write com.acme.Parser.next, or with its descriptor)");
      }
      why.put(method.substring(0, dot).replace('.', '/') + method.substring(dot),
          "hot: listed in " + source);
    }
    return new HotMethods(why, source);
  }

  /**
   * Why the method is hot, or null where it is not.
   *
   * @param className its class's original internal name
   * @param method its original name and descriptor
   */
  public String why(String className, String method) {
    String exact = why.get(className + "." + method);
    if (exact != null) {
      return exact;
    }
    int paren = method.indexOf('(');
    return paren < 0 ? null : why.get(className + "." + method.substring(0, paren));
  }

  /** The profile's file name; empty for none. */
  public String source() {
    return source;
  }

  /** The hot methods, as {@code class.name} or {@code class.name(descriptor)} with internal class names, sorted. */
  public List<String> methods() {
    List<String> methods = new ArrayList<>(why.keySet());
    Collections.sort(methods);
    return methods;
  }

  /** Where the class's name ends in {@code class.name} or {@code class.name(descriptor)}: the dot before the name. */
  private static int classEnd(String method) {
    int paren = method.indexOf('(');
    return method.lastIndexOf('.', paren < 0 ? method.length() : paren);
  }

  private static boolean isRecording(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'F' && magic[1] == 'L' && magic[2] == 'R' && magic[3] == 0;
    }
  }
}
