package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

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

  @TempDir Path temp;

  private static String samples() {
    return System.getProperty("jarmor.scalaSamples");
  }

  private static String libs() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of(System.getProperty("jarmor.scalaLibs")))) {
      return String.join(File.pathSeparator, jars.map(Path::toString).sorted().toList());
    }
  }

  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"open, 1", "closed, 1", "open, 2", "closed, 2", "open, 3", "closed, 3"})
  void scalaProgramRunsWithNoRules(String wire, String level) throws Exception {
    Path out = temp.resolve("scala-" + wire + "-" + level + ".jar");
    Cli.Result result = Cli.run("protect", "-q", samples(), "--lib", libs(), "--wire", wire, "--level", level,
        "-o", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    String original = run(samples(), MAIN);
    assertThat(original).contains("case object read back is the singleton: true", "closures read back: 42, sold tea x3, 42",
        "reflection: item: String = tea, amount: Int = 3", "child sent Total(coffee,12), its closure says coffee twice is 24",
        "child exit 0");
    assertThat(run(out.toString(), MAIN)).isEqualTo(original);

    String expectedRead = roundTrip(samples(), samples());
    assertThat(expectedRead).contains("singletons: true true true", "stored tea x2");
    assertThat(roundTrip(out.toString(), out.toString())).isEqualTo(expectedRead);
    if (wire.equals("open")) {
      assertThat(roundTrip(samples(), out.toString())).as("unprotected writes, protected reads").isEqualTo(expectedRead);
      assertThat(roundTrip(out.toString(), samples())).as("protected writes, unprotected reads").isEqualTo(expectedRead);
    }
    try (ZipFile jar = new ZipFile(out.toFile())) {
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Clerk.class")).as("crosses no boundary: renamed").isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Greeter.class")).as("crosses no boundary: renamed").isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Sale.class")).as("read by Scala reflection").isNotNull();
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Closed.class"))
          .as("a case object prints its name from a constant: renamed").isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/scala/Closed$.class") != null)
          .as("its module class, which a stream names, kept when open").isEqualTo(wire.equals("open"));
      assertThat(signatures(jar, "dev/jarmor/samples/scala/Sale.class")).as("its signature stays")
          .containsExactly("ScalaSig", "Lscala/reflect/ScalaSignature;");
      try (ZipFile input = new ZipFile(samples())) {
        for (String entry : jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList()) {
          if (input.getEntry(entry) == null) {
            assertThat(signatures(jar, entry)).as("renamed %s: its signature goes, inline info too", entry).isEmpty();
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "--wire {0}")
  @CsvSource({"open", "closed"})
  void explainNamesScalaBoundaries(String wire) throws Exception {
    String explain = Cli.run("explain", samples(), "--lib", libs(), "--wire", wire).out();
    assertThat(section(explain, PACKAGE + "Closed$")).as("a case object's MODULE$")
        .containsPattern("field MODULE\\$[^\n]*Scala object");
    assertThat(section(explain, PACKAGE + "Shop$Rules$")).as("a nested object's MODULE$")
        .containsPattern("field MODULE\\$[^\n]*Scala object");
    assertThat(section(explain, PACKAGE + "Sale")).as("read by Scala reflection")
        .contains("Scala reflection reads its signature").containsPattern("method [^\n]*item\\(\\)[^\n]*Scala reflection");
    String closures = section(explain, PACKAGE + "Closures$");
    if (wire.equals("open")) {
      assertThat(closures).containsPattern("method \\$anonfun\\$scale\\$1[^\n]*LambdaDeserialize");
    } else {
      assertThat(closures).as("renamed consistently in one build").doesNotContain("$anonfun$scale$1");
    }
  }

  /** The Scala signature attributes and annotations of a class in {@code jar}, and ScalaInlineInfo, which always goes. */
  private static List<String> signatures(ZipFile jar, String entry) throws IOException {
    ClassNode node = new ClassNode();
    new ClassReader(jar.getInputStream(jar.getEntry(entry)).readAllBytes()).accept(node, 0);
    List<String> found = new ArrayList<>();
    Stream.ofNullable(node.attrs).flatMap(List::stream).map(a -> a.type).filter(t -> t.startsWith("Scala")).forEach(found::add);
    Stream.ofNullable(node.visibleAnnotations).flatMap(List::stream).map(a -> a.desc)
        .filter(d -> d.startsWith("Lscala/reflect/Scala")).forEach(found::add);
    return found;
  }

  /** A class's line in explain's output and its members' lines below it, or "" if it has none. */
  private static String section(String explain, String className) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(className) + " .*\\n(  .*\\n)*").matcher(explain);
    return matcher.find() ? matcher.group() : "";
  }

  private String roundTrip(String writer, String reader) throws Exception {
    Path file = temp.resolve("stream-" + System.nanoTime() + ".bin");
    assertThat(run(writer, STORE, "write", file.toString())).startsWith("wrote ");
    return run(reader, STORE, "read", file.toString());
  }

  private static String run(String jar, String mainClass, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jar + File.pathSeparator + libs(), mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }
}
