package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wire samples protected with no rules: a parent JVM sends serialized objects, lambdas, records
 * and enums to child JVMs it starts by class name, and streams written by one build are read by the
 * other. Output must equal the unprotected run's; with {@code --wire open} also across builds.
 */
class WireSamplesTest {

  private static final String PARENT = "dev.jarmor.samples.wire.WireParent";
  private static final String STORE = "dev.jarmor.samples.wire.StreamStore";

  @TempDir Path temp;

  /** What the unprotected samples print, run once for every test: the parent's run, and a stream read back. */
  private static String original;
  private static String expectedRead;

  @BeforeAll
  static void runTheOriginal(@TempDir Path work) throws Exception {
    original = run(Cli.samples(), PARENT);
    assertThat(original).contains("worker by-string", "worker by-class", "token is the singleton: true", "DONE");
    expectedRead = roundTrip(work, Cli.samples(), Cli.samples());
    assertThat(expectedRead).contains("job(6) = 42, priority URGENT (urgent, urgent when escalated)");
  }

  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"open, 1", "closed, 1", "open, 2", "closed, 2", "open, 3", "closed, 3"})
  void childJvmsAndStreamsWorkWithNoRules(String wire, String level) throws Exception {
    Path out = temp.resolve("wire-" + wire + "-" + level + ".jar");
    Cli.Result result = Cli.run("protect", "-q", Cli.samples(), "--wire", wire, "--level", level, "-o", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    assertThat(run(out.toString(), PARENT)).isEqualTo(original);

    assertThat(roundTrip(temp, out.toString(), out.toString())).isEqualTo(expectedRead);
    if (wire.equals("open")) {
      assertThat(roundTrip(temp, Cli.samples(), out.toString())).as("unprotected writes, protected reads")
          .isEqualTo(expectedRead);
      assertThat(roundTrip(temp, out.toString(), Cli.samples())).as("protected writes, unprotected reads")
          .isEqualTo(expectedRead);
    }
    try (ZipFile jar = new ZipFile(out.toFile())) {
      assertThat(jar.getEntry("dev/jarmor/samples/wire/Arithmetic.class")).as("crosses no boundary: renamed").isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/wire/WireChild.class")).as("started by a class-name string").isNotNull();
      assertThat(jar.getEntry("dev/jarmor/samples/wire/Parcel.class") != null).as("Serializable, kept when open")
          .isEqualTo(wire.equals("open"));
    }
    String explain = Cli.run("explain", Cli.samples(), "--wire", wire).out();
    assertThat(section(explain, "dev.jarmor.samples.wire.Priority")).as("a stream holds an enum constant by name only")
        .containsPattern("field [^\n]*URGENT").doesNotContain("label");
    assertThat(section(explain, "dev.jarmor.samples.wire.Priority$1")).as("a constant's body: no stream names it")
        .isNotEmpty().doesNotContain("[serialization]");
  }

  /**
   * With their method bodies encrypted: the child JVMs, the serialized lambdas and the streams across builds work
   * the same, and the Main-Class runs with {@code -jar}.
   */
  @ParameterizedTest(name = "--encrypt --level {0}")
  @CsvSource({"1", "3"})
  void encryptedSamplesWorkTheSame(String level) throws Exception {
    Path out = temp.resolve("encrypted-" + level + ".jar");
    Cli.Result result = Cli.run("protect", "-q", Cli.samples(), "--level", level, "--encrypt", "-o", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(run(out.toString(), PARENT)).isEqualTo(original);
    assertThat(roundTrip(temp, Cli.samples(), out.toString())).isEqualTo(expectedRead);
    assertThat(roundTrip(temp, out.toString(), Cli.samples())).isEqualTo(expectedRead);
    String java = JavaRunner.javaExecutable().toString();
    assertThat(JavaRunner.command(List.of(java, "-jar", out.toString())).succeeded())
        .isEqualTo(JavaRunner.command(List.of(java, "-jar", Cli.samples())).succeeded());
    assertThat(Cli.run("explain", Cli.samples(), "--encrypt", "dev.jarmor.samples.wire.**").out())
        .containsPattern("encrypt: \\d+ classes, \\d+ sites changed")
        .contains("encrypt left alone dev.jarmor.samples.wire.Job.$deserializeLambda$");
  }

  /**
   * With {@code --wire closed}, three patterns open what StreamStore writes: the enum a Parcel holds
   * comes with it, and explain says which pattern opened it.
   */
  @ParameterizedTest(name = "--level {0}")
  @CsvSource({"1", "3"})
  void wireOpenClassesReadAndWriteStreamsAcrossBuilds(String level) throws Exception {
    String[] open = {"--wire-open", "dev.jarmor.samples.wire.Parcel", "--wire-open", "dev.jarmor.samples.wire.Measurement",
        "--wire-open", "dev.jarmor.samples.wire.Job"};
    Path out = temp.resolve("wire-open-" + level + ".jar");
    List<String> protect = new ArrayList<>(List.of("protect", "-q", Cli.samples(), "--wire", "closed", "--level", level,
        "-o", out.toString()));
    protect.addAll(List.of(open));
    Cli.Result result = Cli.run(protect.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();

    assertThat(roundTrip(temp, Cli.samples(), out.toString())).as("unprotected writes, protected reads")
        .isEqualTo(expectedRead);
    assertThat(roundTrip(temp, out.toString(), Cli.samples())).as("protected writes, unprotected reads")
        .isEqualTo(expectedRead);
    List<String> explain = new ArrayList<>(List.of("explain", Cli.samples(), "--wire", "closed"));
    explain.addAll(List.of(open));
    assertThat(section(Cli.run(explain.toArray(String[]::new)).out(), "dev.jarmor.samples.wire.Priority"))
        .contains("dev.jarmor.samples.wire.Priority  kept: Serializable: streams name the class (serialized in field"
            + " priority of dev.jarmor.samples.wire.Parcel, opened by --wire-open dev.jarmor.samples.wire.Parcel)"
            + " [serialization]");
  }

  /** A class's line in explain's output and its members' lines below it, or "" if it has none. */
  private static String section(String explain, String className) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(className) + " .*\\n(  .*\\n)*").matcher(explain);
    return matcher.find() ? matcher.group() : "";
  }

  /** What the build {@code reader} reads from the stream the build {@code writer} wrote into a file in {@code folder}. */
  private static String roundTrip(Path folder, String writer, String reader) throws Exception {
    Path file = folder.resolve("stream-" + System.nanoTime() + ".bin");
    assertThat(run(writer, STORE, "write", file.toString())).startsWith("wrote ");
    return run(reader, STORE, "read", file.toString());
  }

  private static String run(String classpath, String mainClass, String... args) throws Exception {
    return JavaRunner.output(List.of(Path.of(classpath)), mainClass, args);
  }
}
