package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Scala sample protected with no rules: objects read back as their singletons, closures
 * serialized and rebuilt, case classes read by Scala reflection, a child JVM started by class name
 * receiving a case class and a closure and sending both back. Output must equal the unprotected
 * run's; with {@code --wire open} streams also cross builds. Scala's libraries are {@code --lib}.
 */
class ScalaSampleTest {

  private static final String PACKAGE = "dev.jarmor.samples.scala.";
  private static final String MAIN = PACKAGE + "Main";
  private static final String STORE = PACKAGE + "ScalaStore";

  private static final ScalaSample SAMPLE = ScalaSample.of("jarmor.scalaSamples", "jarmor.scalaLibs", STORE);

  @TempDir Path temp;

  /** What the unprotected program prints, and what it reads back from its own stream: run once for every test. */
  private static String original;
  private static String expectedRead;

  @BeforeAll
  static void runTheOriginal(@TempDir Path work) throws Exception {
    original = SAMPLE.run(SAMPLE.jar(), MAIN);
    assertThat(original).contains("case object read back is the singleton: true", "closures read back: 42, sold tea x3, 42",
        "reflection: item: String = tea, amount: Int = 3",
        "enumeration: Low,Medium,High,top, 2, Medium, read back Medium", "child sent Total(coffee,12), its closure says coffee twice is 24",
        "child exit 0");
    expectedRead = SAMPLE.roundTrip(work, SAMPLE.jar(), SAMPLE.jar());
    assertThat(expectedRead).contains("singletons: true true true", "stored tea x2");
  }

  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"open, 1", "closed, 1", "open, 2", "closed, 2", "open, 3", "closed, 3"})
  void scalaProgramRunsWithNoRules(String wire, String level) throws Exception {
    Path out = temp.resolve("scala-" + wire + "-" + level + ".jar");
    SAMPLE.protect(out, wire, level);

    assertThat(SAMPLE.run(out.toString(), MAIN)).isEqualTo(original);

    SAMPLE.assertStreamsCross(temp, out, wire, expectedRead);
    try (ZipFile jar = new ZipFile(out.toFile())) {
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Clerk.class")).as("crosses no boundary: renamed").isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Greeter.class")).as("crosses no boundary: renamed").isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Sale.class")).as("read by Scala reflection").isNotNull();
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Closed.class"))
          .as("a case object prints its name from a constant: renamed").isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Closed$.class") != null)
          .as("its module class, which a stream names, kept when open").isEqualTo(wire.equals("open"));
      assertThat(ScalaSample.signatures(jar, "dev/jarmor/samples/scala/Sale.class")).as("its signature stays")
          .containsExactly("ScalaSig", "Lscala/reflect/ScalaSignature;");
      try (ZipFile input = new ZipFile(SAMPLE.jar())) {
        for (String entry : jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList()) {
          if (input.getEntry(entry) == null) {
            assertThat(ScalaSample.signatures(jar, entry)).as("renamed %s: its signature goes, inline info too", entry).isEmpty();
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "--wire {0}")
  @CsvSource({"open", "closed"})
  void explainNamesScalaBoundaries(String wire) throws Exception {
    String explain = SAMPLE.explain(wire);
    assertThat(ScalaSample.section(explain, PACKAGE + "Closed$")).as("a case object's MODULE$")
        .containsPattern("field MODULE\\$[^\n]*Scala object");
    assertThat(ScalaSample.section(explain, PACKAGE + "Shop$Rules$")).as("a nested object's MODULE$")
        .containsPattern("field MODULE\\$[^\n]*Scala object");
    assertThat(ScalaSample.section(explain, PACKAGE + "Sale")).as("read by Scala reflection")
        .contains("Scala reflection reads its signature").containsPattern("method [^\n]*item\\(\\)[^\n]*Scala reflection");
    assertThat(ScalaSample.section(explain, PACKAGE + "Level$")).as("an Enumeration's values, named after their vals")
        .containsPattern("method [^\n]*High\\(\\)[^\n]*Scala Enumeration value")
        .containsPattern("field [^\n]*High [^\n]*Scala Enumeration value");
    String closures = ScalaSample.section(explain, PACKAGE + "Closures$");
    if (wire.equals("open")) {
      assertThat(closures).containsPattern("method \\$anonfun\\$scale\\$1[^\n]*LambdaDeserialize");
    } else {
      assertThat(closures).as("renamed consistently in one build").doesNotContain("$anonfun$scale$1");
    }
  }
}
