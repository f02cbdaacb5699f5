package dev.jarmor.bench.license;

import dev.jarmor.license.License;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a read of the licence costs a protected program: {@code License.holder()} is bound to the check jarmor weaves
 * in, which compares the time with the licence's end and the next periodic check before it answers. {@link #field}
 * is the floor: a static field read through the same harness.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LicenseBench {

  private static String holder = "ACME Corp";

  @Benchmark
  public String holder() {
    return License.holder();
  }

  @Benchmark
  public String field() {
    return holder;
  }
}
