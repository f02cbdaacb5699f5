package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plugin-host sample protected with no rules: ServiceLoader, a class named in a properties file,
 * options set by field name, a method called by name, a dynamic proxy and a template next to its
 * class all still work, while the classes themselves are renamed.
 */
class NamesSampleTest {

  private static final String HOST = "dev.jarmor.samples.names.PluginHost";

  @TempDir Path temp;

  /** What the unprotected host prints, run once for every test. */
  private static String original;

  @BeforeAll
  static void runTheOriginal() throws Exception {
    original = run(System.getProperty("jarmor.samples"));
    assertThat(original).isEqualTo("service plugin: JARMOR!\nconfigured plugin: romraj, reverses its input\n"
        + "proxy: hello, Ada / bye, Ada\ntemplate: Welcome, Grace.\n");
  }

  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"open, 1", "closed, 1", "open, 3", "closed, 3"})
  void theHostFindsEverythingByNameAfterProtection(String wire, String level) throws Exception {
    String samples = System.getProperty("jarmor.samples");
    Path out = temp.resolve("names-" + wire + "-" + level + ".jar");
    Cli.Result result = Cli.run("protect", "-q", samples, "--wire", wire, "--level", level, "-o", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    assertThat(run(out.toString())).isEqualTo(original);
    try (ZipFile jar = new ZipFile(out.toFile())) {
      for (String renamed : List.of("Plugin", "UpperCasePlugin", "ReversePlugin", "Options")) {
        assertThat(jar.getEntry("dev/jarmor/samples/names/" + renamed + ".class")).as(renamed).isNull();
      }
      assertThat(jar.getEntry("META-INF/services/dev.jarmor.samples.names.Plugin")).as("renamed with its service")
          .isNull();
      assertThat(jar.getEntry("dev/jarmor/samples/names/greeting.txt")).isNotNull();
    }
  }

  private static String run(String classpath) throws Exception {
    return JavaRunner.output(List.of(Path.of(classpath)), HOST).replace(System.lineSeparator(), "\n");
  }
}
