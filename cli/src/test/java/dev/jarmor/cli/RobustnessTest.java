package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Released jars, resolved by Maven as test dependencies, protected in library mode: every output
 * class verifies with our hierarchy-based verifier and then loads and links in a fresh JVM
 * ({@code --verify-load}) against the same libraries; internals are renamed.
 */
class RobustnessTest {

  /** The classes of jarmor's runtime that a jar protected at level 2 or 3 carries. */
  private static final long RUNTIME_CLASSES = dev.jarmor.passes.runtime.RuntimeLibrary.CLASS_COUNT;

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"guava-", "commons-lang3-", "commons-collections4-", "jackson-databind-", "asm-9",
      "netty-common-", "joda-time-", "snakeyaml-"})
  void libraryModeVerifiesAndLinks(String artifact) throws Exception {
    protect(artifact, "--library-mode");
  }

  /** Without library mode almost everything is renamed: the hardest test of the remapper's consistency. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"guava-", "commons-lang3-", "commons-collections4-", "jackson-databind-", "asm-9",
      "netty-common-", "joda-time-", "snakeyaml-"})
  void fullRenamingVerifiesAndLinks(String artifact) throws Exception {
    protect(artifact, "--seed", "7");
  }

  /** Every code pass on top of full renaming: strings, numbers, debug information, flow, references. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"guava-", "commons-lang3-", "commons-collections4-", "jackson-databind-", "asm-9",
      "netty-common-", "joda-time-", "snakeyaml-"})
  void levelThreeVerifiesAndLinks(String artifact) throws Exception {
    protect(artifact, "--seed", "7", "--level", "3");
  }

  private void protect(String artifact, String... options) throws Exception {
    List<String> classpath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String jar = classpath.stream().filter(p -> Path.of(p).getFileName().toString().startsWith(artifact))
        .findFirst().orElseThrow(() -> new AssertionError(artifact + " is not on the test classpath"));
    String libs = String.join(File.pathSeparator, classpath.stream()
        .filter(p -> !p.equals(jar) && p.endsWith(".jar")).toList());
    Path out = temp.resolve("out.jar");

    List<String> args = new java.util.ArrayList<>(List.of("protect", "-q", "--verify-load", "--lib", libs,
        "-o", out.toString(), jar));
    args.addAll(List.of(options));
    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (ZipFile original = new ZipFile(jar); ZipFile protectedJar = new ZipFile(out.toFile())) {
      long classes = original.stream().filter(e -> e.getName().endsWith(".class")).count();
      long kept = protectedJar.stream().filter(e -> e.getName().endsWith(".class") && original.getEntry(e.getName()) != null).count();
      long runtime = List.of(options).contains("3") ? RUNTIME_CLASSES : 0;
      assertThat(protectedJar.stream().filter(e -> e.getName().endsWith(".class")).count())
          .as("every class, and the runtime's at level 3").isEqualTo(classes + runtime);
      assertThat(kept).as("some internal classes renamed").isLessThan(classes);
    }
  }
}
