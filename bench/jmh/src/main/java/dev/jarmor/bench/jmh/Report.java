package dev.jarmor.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The Markdown table of a bench/runtime run, from the samples {@link Measure} wrote, with the rounds as the
 * replicates: a round is one fork of every benchmark for each variant, the variants interleaved, so what varies from
 * fork to fork (the JIT's decisions, the machine's slow spells) varies from round to round, while the iterations of
 * one fork do not tell it. Per benchmark, each variant's time per operation is the mean of its rounds' means ± the
 * half-width of the {@value #CONFIDENCE_PERCENT}% confidence interval over rounds (Student's t); its overhead against
 * the first variant is paired by round: the mean over rounds of {@code ln(variant / baseline)} in the same round, with
 * its interval over rounds, shown as {@code exp(.) - 1}. The last row, the geometric mean over benchmarks, is paired
 * the same way: each round's mean log ratio over the benchmarks, then its mean and interval over rounds.
 *
 * <p>A variant's figures are stable when its geometric mean's interval is within {@code max-error} percentage points
 * either way: otherwise the table is still printed, each unstable variant is named on standard error and the exit
 * status is 3, so that bench/runtime does not record figures too loose for the claims made from them.
 *
 * <p>Usage: {@code Report <samples.tsv> <max-error> <baseline> [variant...]}
 */
public final class Report {

  private static final double CONFIDENCE = 0.95;
  private static final String CONFIDENCE_PERCENT = "95";
  static final int UNSTABLE = 3;

  private Report() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: Report <samples.tsv> <max-error> <baseline> [variant...]");
      System.exit(2);
    }
    double maxError = Double.parseDouble(args[1]) / 100;
    List<String> variants = Arrays.asList(args).subList(2, args.length);
    // benchmark -> variant -> round -> iteration scores
    Map<String, Map<String, Map<String, List<Double>>>> scores = new TreeMap<>();
    Map<String, String> units = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] field = line.split("\t");
      units.put(field[2], field[3]);
      scores.computeIfAbsent(field[2], b -> new LinkedHashMap<>()).computeIfAbsent(field[0], v -> new TreeMap<>())
          .computeIfAbsent(field[1], r -> new ArrayList<>()).add(Double.parseDouble(field[4]));
    }
    List<String> unstable = new ArrayList<>();
    System.out.print(table(variants, scores, units, maxError, unstable));
    if (!unstable.isEmpty()) {
      unstable.forEach(System.err::println);
      System.exit(UNSTABLE);
    }
  }

  static String table(List<String> variants, Map<String, Map<String, Map<String, List<Double>>>> scores,
      Map<String, String> units, double maxError, List<String> unstable) {
    String baseline = variants.get(0);
    List<String> others = variants.subList(1, variants.size());
    StringBuilder table = new StringBuilder("| benchmark |");
    String unit = String.join(", ", new TreeSet<>(units.values())).replace("us/", "µs/");
    variants.forEach(v -> table.append(' ').append(v).append(" (").append(unit).append(") |"));
    others.forEach(v -> table.append(' ').append(v).append(" vs ").append(baseline).append(" |"));
    table.append("\n|---|").append("---:|".repeat(variants.size() + others.size())).append('\n');

    // per other variant, per round: the log ratios of its benchmarks, for the geometric mean
    List<Map<String, List<Double>>> roundLogs = new ArrayList<>();
    others.forEach(v -> roundLogs.add(new TreeMap<>()));
    scores.forEach((benchmark, byVariant) -> {
      table.append("| ").append(benchmark).append(" |");
      for (String variant : variants) {
        Map<String, List<Double>> rounds = byVariant.get(variant);
        table.append(' ').append(rounds == null ? "–" : score(means(rounds).values())).append(" |");
      }
      Map<String, List<Double>> base = byVariant.get(baseline);
      for (int i = 0; i < others.size(); i++) {
        Map<String, List<Double>> rounds = byVariant.get(others.get(i));
        if (base == null || rounds == null) {
          table.append(" – |");
          continue;
        }
        Map<String, Double> baseMeans = means(base);
        List<Double> logs = new ArrayList<>();
        for (Map.Entry<String, Double> round : means(rounds).entrySet()) {
          Double against = baseMeans.get(round.getKey());
          if (against != null) {
            double log = Math.log(round.getValue() / against);
            logs.add(log);
            roundLogs.get(i).computeIfAbsent(round.getKey(), r -> new ArrayList<>()).add(log);
          }
        }
        table.append(' ').append(overhead(logs)).append(" |");
      }
      table.append('\n');
    });
    if (!others.isEmpty()) {
      table.append("| geometric mean |").append(" |".repeat(variants.size()));
      for (int i = 0; i < others.size(); i++) {
        List<Double> perRound = new ArrayList<>();
        roundLogs.get(i).values().forEach(logs -> perRound.add(mean(logs)));
        table.append(' ').append(overhead(perRound)).append(" |");
        double[] interval = interval(perRound);
        double overhead = Math.exp(mean(perRound));
        // NaN with one round: never within the bound
        if (!(Math.exp(interval[1]) - overhead <= maxError && overhead - Math.exp(interval[0]) <= maxError)) {
          unstable.add(String.format(Locale.ROOT, "unstable: %s vs %s, geometric mean %s, wider than ±%.1f%%",
              others.get(i), baseline, overhead(perRound), maxError * 100));
        }
      }
      table.append('\n');
    }
    return table.toString();
  }

  /** Each round's mean score. */
  private static Map<String, Double> means(Map<String, List<Double>> rounds) {
    Map<String, Double> means = new TreeMap<>();
    rounds.forEach((round, scores) -> means.put(round, mean(scores)));
    return means;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** The confidence interval of the values' mean, {@code [low, high]}; NaN either way with fewer than two. */
  private static double[] interval(List<Double> values) {
    int n = values.size();
    double mean = mean(values);
    if (n < 2) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    double half = t * Math.sqrt(squares / (n - 1) / n);
    return new double[] {mean - half, mean + half};
  }

  /** Three significant digits or more, ± the half-width to the same decimals; no interval with one round. */
  private static String score(java.util.Collection<Double> roundMeans) {
    List<Double> values = new ArrayList<>(roundMeans);
    double mean = mean(values);
    double[] interval = interval(values);
    int decimals = mean >= 100 ? 1 : mean >= 10 ? 2 : 3;
    String score = String.format(Locale.ROOT, "%." + decimals + "f", mean);
    return Double.isNaN(interval[0]) ? score
        : score + String.format(Locale.ROOT, " ± %." + decimals + "f", (interval[1] - interval[0]) / 2);
  }

  /** The overhead of mean log ratio, with its interval as exp(.) - 1 either way: {@code +4.1% (+2.9..+5.3)}. */
  private static String overhead(List<Double> logs) {
    double[] interval = interval(logs);
    String overhead = String.format(Locale.ROOT, "%+.1f%%", (Math.exp(mean(logs)) - 1) * 100);
    return Double.isNaN(interval[0]) ? overhead : overhead + String.format(Locale.ROOT, " (%+.1f..%+.1f)",
        (Math.exp(interval[0]) - 1) * 100, (Math.exp(interval[1]) - 1) * 100);
  }
}
