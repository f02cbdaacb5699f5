package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real program, not written by us, protected with full renaming and run: ASM's five jars merged
 * into one program, whose command-line tools (Textifier, ASMifier) keep only
 * their main classes' names. Visitor chains, abstract classes, inner classes and constants all
 * cross renamed class boundaries; the output must equal the original's, byte for byte.
 */
class RealProgramTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"org.objectweb.asm.util.Textifier", "org.objectweb.asm.util.ASMifier"})
  void asmToolsBehaveTheSameAfterProtection(String tool) throws Exception {
    List<Path> asmJars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
        .filter(p -> p.getFileName().toString().matches("asm(-tree|-analysis|-commons|-util)?-\\d.*\\.jar"))
        .toList();
    assertThat(asmJars).hasSize(5);
    Path out = temp.resolve("asm-protected.jar");
    List<String> args = new ArrayList<>(List.of("protect", "-q", "--seed", "3", "-o", out.toString()));
    asmJars.forEach(jar -> args.add(jar.toString()));
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("several inputs are modules").contains("the merged output is not a module");
    String subject = Path.of(RealProgramTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("dev/jarmor/cli/Cli.class").toString();

    String original = JavaRunner.output(asmJars, tool, subject);
    String protectedRun = JavaRunner.output(List.of(out), tool, subject);

    assertThat(original).hasSizeGreaterThan(200);
    assertThat(protectedRun).isEqualTo(original);
  }
}
