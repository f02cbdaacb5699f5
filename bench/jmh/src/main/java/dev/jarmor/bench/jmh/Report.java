package dev.jarmor.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The Markdown table of a bench/runtime run, from the samples {@link Measure} wrote: per benchmark, each
 * variant's mean time per operation ± the error JMH would give for all its rounds pooled (the half-width
 * of the 99.9% confidence interval, Student's t over every iteration), then each variant's overhead
 * against the first one, and as a last row the geometric mean of the overheads.
 *
 * <p>An overhead is {@code variant / baseline - 1}; its error treats the two intervals as independent
 * (relative errors added in quadrature), and so does the geometric mean's.
 *
 * <p>Usage: {@code Report <samples.tsv> <baseline> [variant...]}
 */
public final class Report {

  private static final double CONFIDENCE = 0.999; // JMH's own

  private Report() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Report <samples.tsv> <baseline> [variant...]");
      System.exit(2);
    }
    List<String> variants = Arrays.asList(args).subList(1, args.length);
    Map<String, Map<String, ListStatistics>> scores = new TreeMap<>();
    Map<String, String> units = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] field = line.split("\t");
      String variant = field[0];
      String benchmark = field[2];
      units.put(benchmark, field[3]);
      scores.computeIfAbsent(benchmark, b -> new LinkedHashMap<>())
          .computeIfAbsent(variant, v -> new ListStatistics())
          .addValue(Double.parseDouble(field[4]));
    }
    System.out.print(table(variants, scores, units));
  }

  static String table(
      List<String> variants, Map<String, Map<String, ListStatistics>> scores, Map<String, String> units) {
    String baseline = variants.get(0);
    List<String> others = variants.subList(1, variants.size());
    StringBuilder table = new StringBuilder("| benchmark |");
    String unit = String.join(", ", new TreeSet<>(units.values())).replace("us/", "µs/");
    variants.forEach(v -> table.append(' ').append(v).append(" (").append(unit).append(") |"));
    others.forEach(v -> table.append(' ').append(v).append(" vs ").append(baseline).append(" |"));
    table.append("\n|---|").append("---:|".repeat(variants.size() + others.size())).append('\n');

    // per variant: the sum of log ratios and of squared relative errors, for the geometric mean
    double[] logs = new double[others.size()];
    double[] squares = new double[others.size()];
    int[] counts = new int[others.size()];
    scores.forEach((benchmark, byVariant) -> {
      table.append("| ").append(benchmark).append(" |");
      for (String variant : variants) {
        ListStatistics s = byVariant.get(variant);
        table.append(' ').append(s == null ? "–" : score(s.getMean(), error(s))).append(" |");
      }
      ListStatistics base = byVariant.get(baseline);
      for (int i = 0; i < others.size(); i++) {
        ListStatistics s = byVariant.get(others.get(i));
        if (base == null || s == null) {
          table.append(" – |");
          continue;
        }
        double ratio = s.getMean() / base.getMean();
        double relative = Math.hypot(error(s) / s.getMean(), error(base) / base.getMean());
        table.append(' ').append(overhead(ratio, ratio * relative)).append(" |");
        logs[i] += Math.log(ratio);
        squares[i] += relative * relative;
        counts[i]++;
      }
      table.append('\n');
    });
    if (!others.isEmpty()) {
      table.append("| geometric mean |").append(" |".repeat(variants.size()));
      for (int i = 0; i < others.size(); i++) {
        double ratio = Math.exp(logs[i] / counts[i]);
        String cell = counts[i] == 0 ? "–" : overhead(ratio, ratio * Math.sqrt(squares[i]) / counts[i]);
        table.append(' ').append(cell).append(" |");
      }
      table.append('\n');
    }
    return table.toString();
  }

  /** NaN with fewer than three samples, as in JMH. */
  private static double error(ListStatistics s) {
    return s.getMeanErrorAt(CONFIDENCE);
  }

  /** Three significant digits or more, the error to the same decimals; no error with too few samples. */
  private static String score(double mean, double error) {
    int decimals = mean >= 100 ? 1 : mean >= 10 ? 2 : 3;
    String score = String.format(Locale.ROOT, "%." + decimals + "f", mean);
    return Double.isNaN(error) ? score : score + String.format(Locale.ROOT, " ± %." + decimals + "f", error);
  }

  private static String overhead(double ratio, double error) {
    String overhead = String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
    return Double.isNaN(error) ? overhead : overhead + String.format(Locale.ROOT, " ± %.1f%%", error * 100);
  }
}
