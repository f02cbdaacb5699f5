package dev.jarmor.bench.jmh;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH once, as {@code org.openjdk.jmh.Main} does with the same options, then appends the score of
 * every measured iteration to a samples file, one line each:
 * {@code variant<TAB>round<TAB>benchmark<TAB>unit<TAB>score}. bench/runtime runs it once per variant and
 * round; {@link Report} pools the lines. Raw iterations, not JMH's per-run summary, so that the rounds of
 * one variant can be pooled exactly as JMH pools the forks of one run.
 *
 * <p>Usage: {@code Measure <samples.tsv> <variant> <round> [JMH options]}
 */
public final class Measure {

  private Measure() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Measure <samples.tsv> <variant> <round> [JMH options]");
      System.exit(2);
    }
    Collection<RunResult> runs = new Runner(new CommandLineOptions(Arrays.copyOfRange(args, 3, args.length))).run();
    if (runs.isEmpty()) {
      System.err.println("Measure: JMH ran no benchmark");
      System.exit(1);
    }
    write(Path.of(args[0]), args[1], args[2], runs);
  }

  private static void write(Path samples, String variant, String round, Collection<RunResult> runs) throws IOException {
    try (PrintWriter out = new PrintWriter(
        Files.newBufferedWriter(samples, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
      for (RunResult run : runs) {
        String benchmark = name(run.getParams());
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
          for (IterationResult iteration : fork.getIterationResults()) {
            out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s%n", variant, round, benchmark,
                iteration.getScoreUnit(), iteration.getPrimaryResult().getScore());
          }
        }
      }
    }
  }

  /** {@code Class.method}, with the values of any {@code @Param} fields. */
  private static String name(BenchmarkParams params) {
    StringBuilder name = new StringBuilder(shortName(params.getBenchmark()));
    for (String key : params.getParamsKeys()) {
      name.append(' ').append(key).append('=').append(params.getParam(key));
    }
    return name.toString();
  }

  /** {@code Class.method} of a benchmark's full name: the package is the same for all of them. */
  static String shortName(String benchmark) {
    return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
  }
}
