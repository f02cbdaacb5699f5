package dev.jarmor.bench.jmh;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark method once, outside JMH, and prints what it returned, one line each
 * ({@code Class.method<TAB>result}). bench/runtime compares these lines between variants before it
 * measures anything: a protected library that computes something else must fail the run, not be
 * reported as faster or slower.
 *
 * <p>Usage: {@code Check [regexp...]}, the regexps selecting benchmarks as JMH's own do.
 */
public final class Check {

  private Check() {}

  public static void main(String[] args) throws Exception {
    List<String> includes = args.length == 0 ? List.of(".*") : Arrays.asList(args);
    // the same list and selection as a JMH run: what is measured is what is checked
    Map<String, String> results = new TreeMap<>();
    for (BenchmarkListEntry entry : BenchmarkList.defaultList()
        .find(OutputFormatFactory.createFormatInstance(System.err, VerboseMode.SILENT), includes, List.of())) {
      String name = entry.getUsername();
      if (results.containsKey(name)) {
        continue; // one entry per mode
      }
      Class<?> type = Class.forName(entry.getUserClassQName());
      Object benchmark = type.getConstructor().newInstance();
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(Setup.class)) {
          method.invoke(benchmark);
        }
      }
      Method method = type.getMethod(name.substring(name.lastIndexOf('.') + 1));
      results.put(name, String.valueOf(method.invoke(benchmark)));
    }
    if (results.isEmpty()) {
      System.err.println("Check: no benchmark matches " + includes);
      System.exit(1);
    }
    results.forEach((name, result) -> System.out.println(Measure.shortName(name) + "\t" + result));
  }
}
