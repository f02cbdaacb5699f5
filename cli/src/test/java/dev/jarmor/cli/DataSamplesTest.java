package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data samples protected with no rules: Jackson, Gson and SnakeYAML read and write documents
 * through the samples' models, whose property names (and, for polymorphic Jackson types, class names)
 * are the documents' keys. Output must equal the unprotected run's, and what crosses no boundary is
 * still renamed.
 */
class DataSamplesTest {

  private static final List<String> MAINS = List.of("dev.jarmor.samples.data.JacksonOrders",
      "dev.jarmor.samples.data.GsonProfiles", "dev.jarmor.samples.data.YamlConfig");

  @TempDir Path temp;

  /** What each main class of the unprotected samples prints, run once for every test. */
  private static Map<String, String> originals;

  @BeforeAll
  static void runTheOriginals() throws Exception {
    Map<String, String> outputs = new TreeMap<>();
    for (String main : MAINS) {
      String original = run(samples(), main);
      assertThat(original).as(main).startsWith(main.endsWith("YamlConfig") ? "loaded edge" : "read ")
          .doesNotContain("Exception");
      if (main.endsWith("JacksonOrders")) {
        assertThat(original).contains("\"status\":\"SHIPPED\"", ", status shipped", "currency {\"code\":\"JPY\",\"digits\":0}");
      }
      outputs.put(main, original);
    }
    originals = outputs;
  }

  private static Path samples() {
    return Path.of(System.getProperty("jarmor.samples")).resolveSibling("jarmor-samples-data.jar");
  }

  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"open, 1", "closed, 1", "open, 3", "closed, 3"})
  void documentsReadAndWrittenByTheProtectedModelsAreTheSame(String wire, String level) throws Exception {
    Path samples = samples();
    String libs = String.join(File.pathSeparator, dataLibraries().stream().map(Path::toString).toList());
    Path out = temp.resolve("data-" + wire + "-" + level + ".jar");
    Cli.Result result = Cli.run("protect", "-q", samples.toString(), "--lib", libs, "--wire", wire, "--level", level,
        "-o", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    for (String main : MAINS) {
      assertThat(run(out, main)).as(main).isEqualTo(originals.get(main));
    }
    try (ZipFile jar = new ZipFile(out.toFile())) {
      assertThat(jar.getEntry("dev/jarmor/samples/data/Formatting.class")).as("crosses no boundary: renamed").isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/data/Circle.class")).as("its documents name the class").isNotNull();
    }
    Cli.Result explain = Cli.run("explain", samples.toString(), "--lib", libs, "--wire", wire);
    assertThat(explain.out())
        .contains("  field radius D  kept: subclass of polymorphic model dev.jarmor.samples.data.Shape: documents name"
            + " its properties [data-model]")
        .containsPattern("field [^\n]*city Ljava/lang/String;[^\n]*  kept: (type argument of dev\\.jarmor\\.samples\\.data\\."
            + "GsonProfiles\\$\\d|property type of model dev\\.jarmor\\.samples\\.data\\.Profile)")
        .as("an enum written by its constant's name has no properties").doesNotContain("getLabel", "field label")
        .as("an enum written as an object has")
        .containsPattern("method [^\n]*getCode\\(\\)Ljava/lang/String;[^\n]*  kept: carries data-binding annotations:"
            + " documents name its properties \\[data-model\\]")
        .containsPattern("field [^\n]*digits I[^\n]*  kept: carries data-binding annotations: documents name its"
            + " properties \\[data-model\\]");
  }

  private static List<Path> dataLibraries() throws IOException {
    Path folder = Path.of(System.getProperty("jarmor.samples")).resolveSibling("data-libs");
    try (Stream<Path> jars = Files.list(folder)) {
      return jars.sorted().toList();
    }
  }

  /** The output of a main class of {@code build} run with the data libraries. */
  private static String run(Path build, String mainClass) throws Exception {
    List<Path> classpath = new ArrayList<>(List.of(build));
    classpath.addAll(dataLibraries());
    return JavaRunner.output(classpath, mainClass);
  }
}
