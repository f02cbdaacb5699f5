package dev.jarmor.passes;

import dev.jarmor.mapping.MethodLines;
import dev.jarmor.mapping.SourcePositions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the passes did, for the report: how many classes and sites each pass changed, and each
 * method it left at a lower level, with why (a method the JVM's limits would not take after the
 * pass, say), and what the mapping needs besides names: moved line numbers and original source files.
 * Passes run classes in parallel, so every entry point is synchronized and the
 * results come out sorted.
 */
public final class PassLog {

  /** A method a pass left as it was. */
  public record Skipped(String pass, String className, String method, String why) {}

  /** Counts of one pass: classes changed and sites (constants, branches, calls) rewritten. */
  public record Counts(int classes, int sites) {}

  private final Map<String, int[]> counts = new TreeMap<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<MethodLines> lines = new ArrayList<>();
  private final Map<String, String> sourceFiles = new TreeMap<>();

  /** Records one class a pass changed, at {@code sites} places. */
  public void changed(String pass, int sites) {
    counted(pass, 1, sites);
  }

  /** Records a whole-program pass's counts at once: classes changed, sites (members) rewritten. */
  public synchronized void counted(String pass, int classes, int sites) {
    int[] c = counts.computeIfAbsent(pass, k -> new int[2]);
    c[0] += classes;
    c[1] += sites;
  }

  public synchronized void skipped(String pass, String className, String method, String why) {
    skipped.add(new Skipped(pass, className, method, why));
  }

  /** Records where a method's line numbers moved. */
  public synchronized void lines(MethodLines method) {
    lines.add(method);
  }

  /** Records the source file a class named before its SourceFile attribute was replaced. */
  public synchronized void sourceFile(String originalOwner, String file) {
    sourceFiles.put(originalOwner, file);
  }

  /**
   * The line numbers and source files recorded, for the mapping: lines sorted by original class, name and
   * descriptor, whatever order the classes ran in.
   */
  public synchronized SourcePositions positions() {
    List<MethodLines> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparing(MethodLines::owner).thenComparing(MethodLines::name)
        .thenComparing(MethodLines::descriptor).thenComparingInt(m -> m.lines().start()));
    return new SourcePositions(sorted, sourceFiles);
  }

  public synchronized Map<String, Counts> counts() {
    Map<String, Counts> result = new TreeMap<>();
    counts.forEach((pass, c) -> result.put(pass, new Counts(c[0], c[1])));
    return result;
  }

  public synchronized List<Skipped> skipped() {
    List<Skipped> sorted = new ArrayList<>(skipped);
    sorted.sort(Comparator.comparing(Skipped::pass).thenComparing(Skipped::className).thenComparing(Skipped::method));
    return sorted;
  }
}
