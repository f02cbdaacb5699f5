package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Kotlin sample protected with no rules, its libraries (kotlin-stdlib, kotlin-reflect, kotlinx.serialization,
 * Jackson's Kotlin module) given as {@code --lib}: data classes, a sealed hierarchy, objects and companions,
 * kotlin-reflect (properties, {@code callBy} with defaults, property and function references), file facades,
 * serializable lambdas read back in this JVM and in a child JVM, a suspend chain, kotlinx.serialization (a
 * serializer looked up at run time too) and Jackson print the same in the protected program as in the original;
 * what crosses no boundary is renamed, {@code explain} names the Kotlin boundaries, and a stack trace thrown inside
 * a suspend function or a lambda retraces to the original's.
 */
class KotlinSampleTest {

  private static final String MAIN = "dev.jarmor.samples.kotlin.MainKt";

  @TempDir Path temp;

  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"open, 1", "closed, 1", "open, 2", "closed, 2", "open, 3", "closed, 3"})
  void protectedProgramPrintsWhatTheOriginalPrints(String wire, String level) throws Exception {
    Path out = protect(wire, level);
    String original = run(sample(), MAIN);
    assertThat(original).contains("sealed subclasses: [Circle, Empty, Square]", "callBy: made.org 8080 true",
        "child: 31 15 exit 0", "suspend: 42", "value class: sku-7 x2 Item(sku=Sku(code=7), count=2), Sold", "{\"label\":\"runtime\",\"weight\":2}", "jackson: {\"number\":\"A-1\"")
        .doesNotContain("Exception");
    assertThat(run(out.toString(), MAIN)).isEqualTo(original);
    try (ZipFile jar = new ZipFile(out.toFile())) {
      // Suspending's suspend functions have continuation classes, Serializable through kotlin.coroutines.jvm.
      // internal.BaseContinuationImpl, which no stream holds: renamed with an open wire too, and their class with them;
      // a data object's toString() returns its simple name, which nothing compares with getSimpleName()
      for (String renamed : List.of("Functions", "Functions$WhenMappings", "Suspending", "Sku", "Stock",
          "Stock$Item", "Stock$Sold")) {
        assertThat(jar.getEntry("dev/jarmor/samples/kotlin/" + renamed + ".class")).as(renamed).isNull();
      }
      if (wire.equals("closed")) {
        // kept by an open wire: a Serializable enum, the interface of serializable lambdas
        for (String renamed : List.of("Status", "Transform")) {
          assertThat(jar.getEntry("dev/jarmor/samples/kotlin/" + renamed + ".class")).as(renamed).isNull();
        }
      }
      assertThat(jar.getEntry("META-INF/jarmor-samples-kotlin.kotlin_module")).isNotNull();
    }
  }

  @Test
  void explainNamesTheKotlinBoundaries() throws Exception {
    Cli.Result explain = Cli.run("explain", sample(), "--lib", libraries());
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out())
        .contains("field INSTANCE Ldev/jarmor/samples/kotlin/Registry;  kept: INSTANCE of Kotlin object"
            + " dev.jarmor.samples.kotlin.Registry: kotlin-reflect's objectInstance")
        .contains("field Companion Ldev/jarmor/samples/kotlin/Counter$Companion;  kept: companion object field of"
            + " Kotlin class dev.jarmor.samples.kotlin.Counter")
        .containsPattern("dev\\.jarmor\\.samples\\.kotlin\\.Settings  kept: KClass of dev\\.jarmor\\.samples\\.kotlin"
            + "\\.Settings at dev\\.jarmor\\.samples\\.kotlin\\.MainKt\\.reflection:\\d+: kotlin-reflect shows its"
            + " Kotlin names and finds its members by them \\[kotlin-reflect\\]")
        .containsPattern("method greeting\\([^\n]*greeting\\$default\\([^\n]*kept: callable reference"
            + " dev\\.jarmor\\.samples\\.kotlin\\.Functions::greeting")
        .contains("method serializer()Lkotlinx/serialization/KSerializer;  kept: serializer() of"
            + " dev.jarmor.samples.kotlin.Parcel$Companion: kotlinx.serialization's serializer(Class)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fail, Suspending.sum(Suspending.kt:", "fail-lambda, MainKt.main$lambda$0(Main.kt:"})
  void stackTracesThroughSuspendFunctionsAndLambdasRetrace(String argument, String frame) throws Exception {
    Path out = protect("closed", "1");
    String original = run(sample(), MAIN, argument);
    String trace = run(out.toString(), MAIN, argument);
    assertThat(original).contains(frame);
    assertThat(trace).doesNotContain(frame);
    Path traceFile = temp.resolve("trace.txt");
    Files.writeString(traceFile, trace);
    Cli.Result retraced =
        Cli.run("retrace", "--mapping", temp.resolve("closed-1.map").toString(), traceFile.toString());
    assertThat(retraced.exitCode()).as(retraced.err()).isZero();
    assertThat(retraced.out().strip()).isEqualTo(original.strip());
  }

  private Path protect(String wire, String level) {
    Path out = temp.resolve(wire + "-" + level + ".jar");
    Cli.Result result = Cli.run("protect", "-q", sample(), "--lib", libraries(), "--wire", wire, "--level", level,
        "-o", out.toString(), "--mapping", temp.resolve(wire + "-" + level + ".map").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).as("no warning for the sample").isEmpty();
    return out;
  }

  private static String sample() {
    return System.getProperty("jarmor.samplesKotlin");
  }

  private static String libraries() {
    Path folder = Path.of(sample()).resolveSibling("kotlin-libs");
    try (Stream<Path> jars = Files.list(folder)) {
      return String.join(File.pathSeparator, jars.map(Path::toString).sorted().toList());
    } catch (IOException e) {
      throw new IllegalStateException("samples-kotlin not built: " + folder, e);
    }
  }

  private static String run(String jar, String mainClass, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jar + File.pathSeparator + libraries(), mainClass));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }
}
