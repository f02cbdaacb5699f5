package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Scala 3 sample protected with no rules: case classes, enums (simple cases read back through
 * fromOrdinal, singleton cases with a parameter, a parameterized case), objects and case objects
 * read back as their singletons, closures serialized and rebuilt, givens, extension methods, an
 * opaque type and top-level definitions, and a child JVM started by class name receiving a case
 * class, enum cases and a closure. Output must equal the unprotected run's; with {@code --wire open}
 * streams also cross builds. Scala 3's library and the Scala 2.13 library it builds on are {@code --lib}.
 */
class Scala3SampleTest {

  private static final String PACKAGE = "dev.jarmor.samples.scala3.";
  private static final String FOLDER = PACKAGE.replace('.', '/');
  private static final String MAIN = PACKAGE + "Main";
  private static final String TASTY = ".tasty";

  private static final ScalaSample SAMPLE = ScalaSample.of("jarmor.scala3Samples", "jarmor.scala3Libs", PACKAGE + "Store");

  @TempDir Path temp;

  /** What the unprotected program prints, and what it reads back from its own stream: run once for every test. */
  private static String original;
  private static String expectedRead;

  @BeforeAll
  static void runTheOriginal(@TempDir Path work) throws Exception {
    original = SAMPLE.run(SAMPLE.jar(), MAIN);
    assertThat(original).contains("field names: item,count (count)", "enum: Small,Medium,Large 1 Large",
        "enum read back is the case: true true true", "enum cases read back: true true true",
        "case object read back is the singleton: true", "closures read back: 42, sold tea x3, 42",
        "givens: #4 tea #3 [size 0, size 2]", "opaque type and extensions: 5.75 EUR",
        "trait with a parameter: hello from ann to bob", "structural type: dingding at 7",
        "enum cases are the child's: true true, price 4",
        "child sent Receipt(coffee,12), its closure says coffee twice is 24", "child exit 0");
    expectedRead = SAMPLE.roundTrip(work, SAMPLE.jar(), SAMPLE.jar());
    assertThat(expectedRead).contains("read Order(tea,2), Paused(stock), Special(mate,5)",
        "singletons: true true true true true", "stored tea x2");
  }

  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"open, 1", "closed, 1", "open, 2", "closed, 2", "open, 3", "closed, 3"})
  void scala3ProgramRunsWithNoRules(String wire, String level) throws Exception {
    Path out = temp.resolve("scala3-" + wire + "-" + level + ".jar");
    SAMPLE.protect(out, wire, level);

    assertThat(SAMPLE.run(out.toString(), MAIN)).isEqualTo(original);

    SAMPLE.assertStreamsCross(temp, out, wire, expectedRead);
    try (ZipFile jar = new ZipFile(out.toFile()); ZipFile input = new ZipFile(SAMPLE.jar())) {
      for (String renamed : List.of("Clerk", "Greeter", "Givens$package", "Closed")) {
        assertThat(jar.getEntry(FOLDER + renamed + ".class")).as("%s crosses no boundary: renamed", renamed).isNull();
      }
      if (wire.equals("closed")) {
        for (String renamed : List.of("Order", "Drink", "Drink$Special", "Size$$anon$1", "Show", "Prices$package")) {
          assertThat(jar.getEntry(FOLDER + renamed + ".class")).as("%s, on no open wire: renamed", renamed).isNull();
        }
      }
      assertThat(jar.getEntry(FOLDER + "Closed$.class") != null)
          .as("a case object's module class, which a stream names, kept when open").isEqualTo(wire.equals("open"));
      for (String entry : jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList()) {
        if (input.getEntry(entry) == null) {
          assertThat(ScalaSample.signatures(jar, entry)).as("renamed %s: TASTY and Scala attributes go", entry).isEmpty();
        }
      }
      for (String tasty : jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(TASTY)).toList()) {
        String owner = tasty.substring(0, tasty.length() - TASTY.length()) + ".class";
        assertThat(jar.getEntry(owner)).as("%s stays only beside its class, kept with every name it spells", tasty)
            .isNotNull();
        assertThat(ScalaSample.signatures(jar, owner)).as("%s keeps its TASTY attribute", owner).contains("TASTY");
      }
    }
  }

  @ParameterizedTest(name = "--wire {0}")
  @CsvSource({"open", "closed"})
  void explainNamesScala3Boundaries(String wire) throws Exception {
    String explain = SAMPLE.explain(wire);
    for (String object : List.of("Closed$", "Shop$Rules$", "Size$", "Prices$package$")) {
      assertThat(ScalaSample.section(explain, PACKAGE + object)).as("%s's MODULE$", object)
          .containsPattern("field MODULE\\$[^\n]*Scala object");
    }
    assertThat(ScalaSample.section(explain, PACKAGE + "Show")).as("a lazy val's (here a given's) offset, found by name")
        .containsPattern("string \"given_Show_Size\\$lzy1\"[^\n]*getDeclaredField");
    assertThat(ScalaSample.section(explain, PACKAGE + "Bell")).as("called through a structural type")
        .containsPattern("method ring\\(I\\)[^\n]*Scala structural type's Selectable.applyDynamic\\(\"ring\"\\)")
        .containsPattern("method volume\\(\\)I[^\n]*Scala structural type's Selectable.selectDynamic\\(\"volume\"\\)");
    String closures = ScalaSample.section(explain, PACKAGE + "Closures$");
    if (wire.equals("open")) {
      assertThat(closures).containsPattern("method scale\\$\\$anonfun\\$1[^\n]*LambdaDeserialize");
    } else {
      assertThat(closures).as("renamed consistently in one build").doesNotContain("scale$$anonfun$1");
    }
  }
}
