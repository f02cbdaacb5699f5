package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
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
 * a suspend function or a lambda retraces to the original's. With {@code --kotlin-data-names renamed} the data
 * classes print the names the mapping gives them, and nothing else changes.
 */
class KotlinSampleTest {

  private static final String MAIN = "dev.jarmor.samples.kotlin.MainKt";

  @TempDir Path temp;

  /** What the unprotected program prints, run once for every test. */
  private static String original;

  @BeforeAll
  static void runTheOriginal() throws Exception {
    original = run(sample(), MAIN);
    assertThat(original).contains("sealed subclasses: [Circle, Empty, Square]", "callBy: made.org 8080 true",
        "child: 31 15 exit 0", "suspend: 42", "value class: sku-7 x2 Item(sku=Sku(code=7), count=2), Sold",
        "{\"label\":\"runtime\",\"weight\":2}", "jackson: {\"number\":\"A-1\"").doesNotContain("Exception");
  }

  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"open, 1", "closed, 1", "open, 2", "closed, 2", "open, 3", "closed, 3"})
  void protectedProgramPrintsWhatTheOriginalPrints(String wire, String level) throws Exception {
    Path out = protect(wire, level);
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

  @ParameterizedTest(name = "--level {0}")
  @CsvSource({"1", "3"})
  void withKotlinDataNamesRenamedDataClassesPrintTheirNewNames(String level) throws Exception {
    Path out = protect("open", level, "--kotlin-data-names", "renamed");
    String mapping = Files.readString(temp.resolve("open-" + level + ".map"));
    List<String> originalLines = original.lines().toList();
    assertThat(originalLines).contains("data renamed: Sale(item=tea, amount=3) / tea 4 / Sale(item=cup, amount=1) / true");
    List<String> expected = originalLines.stream()
        .map(line -> renamed(line, "data renamed: ", mapping, "Sale", "item", "amount"))
        .map(line -> renamed(line, "kotlinx.serialization: ", mapping, "Parcel", "label", "weight", "tags"))
        .map(line -> renamed(line, "jackson: ", mapping, "Line", "item", "amount"))
        .map(line -> renamed(line, "value class: ", mapping, "Stock$Item", "sku", "count"))
        .toList();
    assertThat(expected).isNotEqualTo(originalLines).noneMatch(line -> line.contains("Sale("))
        .anyMatch(line -> line.startsWith("jackson: ") && !line.contains("Line(item=cap, amount=1)")
            && line.contains("(item=cap, amount=1)"));
    assertThat(run(out.toString(), MAIN).lines().toList()).isEqualTo(expected);
  }

  @Test
  void aBadKotlinDataNamesValueIsOneLine() {
    Cli.Result result = Cli.run("protect", sample(), "--lib", libraries(), "--kotlin-data-names", "new",
        "-o", temp.resolve("bad.jar").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).endsWith("--kotlin-data-names takes original or renamed, not 'new'")
        .doesNotContain("\n");
  }

  @Test
  void explainNamesTheKotlinBoundaries() throws Exception {
    Cli.Result explain = Cli.run("explain", sample(), "--lib", libraries(), "--kotlin-data-names", "renamed");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out())
        .contains("  language option --kotlin-data-names renamed\n")
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
    String originalTrace = failure(sample(), MAIN, argument);
    String trace = failure(out.toString(), MAIN, argument);
    assertThat(originalTrace).contains(frame);
    assertThat(trace).doesNotContain(frame);
    Path traceFile = temp.resolve("trace.txt");
    Files.writeString(traceFile, trace);
    Cli.Result retraced =
        Cli.run("retrace", "--mapping", temp.resolve("closed-1.map").toString(), traceFile.toString());
    assertThat(retraced.exitCode()).as(retraced.err()).isZero();
    assertThat(retraced.out().strip()).isEqualTo(originalTrace.strip());
  }

  /**
   * {@code line}, if it is the one starting with {@code prefix} that prints the data class, with the text its
   * toString prints ({@code Sale(item=}, {@code , amount=}) spelled as {@code mapping} renames the class and its
   * properties' getters (which give a property its new Kotlin name).
   */
  private static String renamed(String line, String prefix, String mapping, String simpleName, String... properties) {
    if (!line.startsWith(prefix)) {
      return line;
    }
    int start = mapping.indexOf("\ndev.jarmor.samples.kotlin." + simpleName + " -> ") + 1;
    // a class's members and comments are indented or start with '#'; the next class's line neither
    Matcher nextClass = Pattern.compile("\n[^\\s#]").matcher(mapping);
    String section = mapping.substring(start, nextClass.find(start) ? nextClass.start() : mapping.length());
    String newName = section.substring(section.indexOf(" -> ") + 4, section.indexOf(":\n"));
    String[] labels = new String[properties.length];
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < properties.length; i++) {
      String getter = "get" + Character.toUpperCase(properties[i].charAt(0)) + properties[i].substring(1);
      // a getter of a value class's type has a mangled name: getSku-Hash()
      Matcher renamedGetter = Pattern.compile(" (" + getter + "(-[\\w]+)?)\\(\\)[\\d:]* -> (\\S+)").matcher(section);
      labels[i] = renamedGetter.find() && !renamedGetter.group(3).equals(renamedGetter.group(1))
          ? renamedGetter.group(3) : null;
      if (labels[i] == null) {
        taken.add(properties[i]);
      }
    }
    String result = line;
    for (int i = 0; i < properties.length; i++) {
      // the metadata numbers a renamed property's name already taken in its class, as MetadataRenamer does
      String property = properties[i];
      if (labels[i] != null) {
        property = labels[i];
        for (int n = 1; !taken.add(property); n++) {
          property = labels[i] + n;
        }
      }
      result = i == 0
          ? result.replace(simpleName.substring(simpleName.lastIndexOf('$') + 1) + "(" + properties[i] + "=",
              newName.substring(Math.max(newName.lastIndexOf('.'), newName.lastIndexOf('$')) + 1) + "(" + property + "=")
          : result.replace(", " + properties[i] + "=", ", " + property + "=");
    }
    return result;
  }

  private Path protect(String wire, String level, String... options) {
    Path out = temp.resolve(wire + "-" + level + ".jar");
    List<String> arguments = new ArrayList<>(List.of("protect", "-q", sample(), "--lib", libraries(), "--wire", wire,
        "--level", level, "-o", out.toString(), "--mapping", temp.resolve(wire + "-" + level + ".map").toString()));
    arguments.addAll(List.of(options));
    Cli.Result result = Cli.run(arguments.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).as("no warning for the sample").isEmpty();
    return out;
  }

  private static String sample() {
    return System.getProperty("jarmor.samplesKotlin");
  }

  private static String libraries() {
    return String.join(File.pathSeparator, libraryJars().stream().map(Path::toString).toList());
  }

  private static List<Path> libraryJars() {
    Path folder = Path.of(sample()).resolveSibling("kotlin-libs");
    try (Stream<Path> jars = Files.list(folder)) {
      return jars.sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("samples-kotlin not built: " + folder, e);
    }
  }

  /** {@code mainClass} of {@code jar} run with the Kotlin libraries. */
  private static JavaRunner.Run start(String jar, String mainClass, String... arguments) throws Exception {
    List<Path> classpath = new ArrayList<>(List.of(Path.of(jar)));
    classpath.addAll(libraryJars());
    return JavaRunner.run(classpath, mainClass, arguments);
  }

  /** The output of {@code mainClass} of {@code jar} run with the Kotlin libraries, which must exit with status 0. */
  private static String run(String jar, String mainClass, String... arguments) throws Exception {
    return start(jar, mainClass, arguments).succeeded();
  }

  /** The output of {@code mainClass} of {@code jar} run with the Kotlin libraries, ending with an uncaught exception. */
  private static String failure(String jar, String mainClass, String... arguments) throws Exception {
    JavaRunner.Run run = start(jar, mainClass, arguments);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    return run.output();
  }
}
