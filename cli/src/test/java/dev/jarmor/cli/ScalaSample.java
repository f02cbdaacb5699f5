package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * A Scala sample program (the jar a samples module built and the directory of Scala's libraries it
 * copied, both named by system properties) and what its tests do with it: protect it with Scala's
 * libraries as {@code --lib}, run its classes in child JVMs, carry a stream from one build to another.
 */
record ScalaSample(String jar, String libraries, String store) {

  /** The sample whose jar and libraries the system properties {@code jarProperty} and {@code libsProperty} name. */
  static ScalaSample of(String jarProperty, String libsProperty, String store) {
    return new ScalaSample(System.getProperty(jarProperty), System.getProperty(libsProperty), store);
  }

  /** Scala's libraries' jars. */
  List<Path> libraryJars() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of(libraries))) {
      return jars.sorted().toList();
    }
  }

  /** Scala's libraries as a path. */
  String libs() throws IOException {
    return String.join(File.pathSeparator, libraryJars().stream().map(Path::toString).toList());
  }

  /** Protects the sample into {@code out} with no rules, Scala's libraries as {@code --lib}. */
  void protect(Path out, String wire, String level) throws IOException {
    Cli.Result result = Cli.run("protect", "-q", jar, "--lib", libs(), "--wire", wire, "--level", level,
        "-o", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  String explain(String wire) throws IOException {
    return Cli.run("explain", jar, "--lib", libs(), "--wire", wire).out();
  }

  /**
   * Checks that a stream crosses builds: the protected build reads back what it wrote and, where the wire is open,
   * what the unprotected build wrote, and the unprotected build reads what it wrote; each read gives {@code expected}.
   */
  void assertStreamsCross(Path temp, Path out, String wire, String expected) throws Exception {
    assertThat(roundTrip(temp, out.toString(), out.toString())).isEqualTo(expected);
    if (wire.equals("open")) {
      assertThat(roundTrip(temp, jar, out.toString())).as("unprotected writes, protected reads").isEqualTo(expected);
      assertThat(roundTrip(temp, out.toString(), jar)).as("protected writes, unprotected reads").isEqualTo(expected);
    }
  }

  /** The store's output reading, from the build {@code reader}, what the build {@code writer} wrote into a file in {@code temp}. */
  String roundTrip(Path temp, String writer, String reader) throws Exception {
    Path file = temp.resolve("stream-" + System.nanoTime() + ".bin");
    assertThat(run(writer, store, "write", file.toString())).startsWith("wrote ");
    return run(reader, store, "read", file.toString());
  }

  /** The output, standard and error, of {@code mainClass} run from {@code build} with Scala's libraries. */
  String run(String build, String mainClass, String... args) throws Exception {
    List<Path> classpath = new ArrayList<>(List.of(Path.of(build)));
    classpath.addAll(libraryJars());
    return JavaRunner.output(classpath, mainClass, args);
  }

  /** The Scala signature attributes and annotations of a class in {@code jar}, and ScalaInlineInfo, which always goes. */
  static List<String> signatures(ZipFile jar, String entry) throws IOException {
    ClassNode node = new ClassNode();
    new ClassReader(jar.getInputStream(jar.getEntry(entry)).readAllBytes()).accept(node, 0);
    List<String> found = new ArrayList<>();
    Stream.ofNullable(node.attrs).flatMap(List::stream).map(a -> a.type)
        .filter(t -> t.startsWith("Scala") || t.equals("TASTY")).forEach(found::add);
    Stream.ofNullable(node.visibleAnnotations).flatMap(List::stream).map(a -> a.desc)
        .filter(d -> d.startsWith("Lscala/reflect/Scala")).forEach(found::add);
    return found;
  }

  /** A class's line in explain's output and its members' lines below it, or "" if it has none. */
  static String section(String explain, String className) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(className) + " .*\\n(  .*\\n)*").matcher(explain);
    return matcher.find() ? matcher.group() : "";
  }
}
