package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo leaves nothing behind unless asked to keep its files, and then says where they are; what protect
 * warns of, it shows after the run.
 */
class DemoCleanupTest {

  private static final String SAMPLES = System.getProperty("jarmor.samples");

  @Test
  void removesItsFilesUnlessAskedToKeepThem() throws IOException {
    List<Path> before = demoFolders();
    Cli.Result result = Cli.run("demo", "--samples", SAMPLES);
    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(demoFolders()).isEqualTo(before);
    assertThat(result.out()).as("the lookup only a run confirms, after the run that confirms it").contains(
        "what protect warned of, which this run confirms works:\n  Class.forName at"
            + " dev.jarmor.samples.names.PluginHost.main:26 looks up a class by a name known only at run time\n");
    assertThat(result.err()).isEmpty();

    Cli.Result kept = Cli.run("demo", "--keep-files", "--samples", SAMPLES);
    assertThat(kept.exitCode()).as(kept.out() + kept.err()).isZero();
    Path folder = Path.of(kept.out().lines().filter(l -> l.startsWith("kept: ")).findFirst().orElseThrow()
        .substring("kept: ".length()));
    assertThat(folder.resolve("samples-protected.jar")).exists();
    assertThat(folder.resolve("mapping.txt")).exists();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static List<Path> demoFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("jarmor-demo")).sorted().toList();
    }
  }
}
