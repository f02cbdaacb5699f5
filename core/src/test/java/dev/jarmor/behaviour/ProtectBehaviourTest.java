package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Protects real programs that exercise every structure the remapper must keep consistent, runs
 * original and protected in child JVMs, and requires the same output.
 */
class ProtectBehaviourTest {

  /** A program compiled for a release, and what its main class prints. */
  private record Original(Path classes, String output) {}

  /** The originals, which no test changes, by program and release: each compiled and run once for every test. */
  private static final Map<String, Original> ORIGINALS = new HashMap<>();

  @TempDir static Path originals;
  @TempDir Path temp;

  private static Original original(String program, int release, String main) throws Exception {
    String key = program + "-" + release;
    Original original = ORIGINALS.get(key);
    if (original == null) {
      Path classes = Programs.compile(program, release, originals.resolve(key));
      original = new Original(classes, JavaRunner.output(List.of(classes), main));
      ORIGINALS.put(key, original);
    }
    return original;
  }

  @ParameterizedTest(name = "{0} compiled for Java {1}, main {2}, wire {4}")
  @CsvSource({"java8, 8, app.Main, app.util.NotFound, CLOSED", "java8, 17, app.Main, app.util.NotFound, CLOSED",
      "java17, 17, shop.Main, shop.domain.Discount, CLOSED", "java8, 8, app.Main, app.util.NotFound, OPEN",
      "java17, 17, shop.Main, shop.domain.Discount, OPEN"})
  void protectedProgramBehavesLikeTheOriginal(String program, int release, String main, String serializable,
      ProtectOptions.Wire wire) throws Exception {
    Original original = original(program, release, main);
    Path classes = original.classes();
    Path out = temp.resolve("out.jar");

    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).seed(42L).wire(wire).build(),
        JarmorListener.SILENT);

    assertThat(JavaRunner.output(List.of(out), main)).isEqualTo(original.output());
    Set<String> input;
    try (Stream<Path> files = Files.walk(classes)) {
      input = files.map(file -> classes.relativize(file).toString().replace(File.separatorChar, '/'))
          .filter(name -> name.endsWith(".class")).collect(Collectors.toSet());
    }
    try (ZipFile zip = new ZipFile(out.toFile())) {
      List<String> renamed = zip.stream().map(ZipEntry::getName)
          .filter(name -> name.endsWith(".class") && !input.contains(name)).toList();
      assertThat(renamed).as("classes renamed, whatever the wire").hasSizeGreaterThan(3);
      assertThat(zip.getEntry(serializable.replace('.', '/') + ".class") != null)
          .as("a Serializable class keeps its name where the wire is open, only there")
          .isEqualTo(wire == ProtectOptions.Wire.OPEN);
      assertThat(zip.getEntry(main.replace('.', '/') + ".class")).as("main class keeps its name").isNotNull();
    }
  }

  @ParameterizedTest(name = "{0} at level {2}")
  @CsvSource({"java8, 8, 1", "java17, 17, 1", "java8, 8, 3", "java17, 17, 3"})
  void sameInputAndSeedGiveTheSameBytes(String program, int release, int level) throws Exception {
    Path classes = Programs.compile(program, release, temp.resolve("classes"));
    Path first = temp.resolve("first.jar");
    Path second = temp.resolve("second.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(first).level(level).build(), JarmorListener.SILENT);
    Jarmor.protect(ProtectOptions.builder().input(classes).output(second).level(level).build(), JarmorListener.SILENT);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }
}
