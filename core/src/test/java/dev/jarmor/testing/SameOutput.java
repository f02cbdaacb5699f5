package dev.jarmor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The behaviour tests' common check: protect a program, run it before and after, require the same output. */
public final class SameOutput {

  private SameOutput() {}

  /**
   * Protects {@code input} into {@code out} with {@code options} (input and output are set here), runs
   * {@code main} from each with {@code classpath} after it, requires a zero exit and the same output,
   * and returns that output for the test's own checks.
   */
  public static String afterProtection(Path input, Path out, ProtectOptions.Builder options, String main,
      List<Path> classpath, String... args) throws Exception {
    Jarmor.protect(options.input(input).output(out).build(), JarmorListener.SILENT);
    String original = JavaRunner.output(with(input, classpath), main, args);
    assertThat(JavaRunner.output(with(out, classpath), main, args)).isEqualTo(original);
    return original;
  }

  /** The same with default options and nothing else on the class path. */
  public static String afterProtection(Path input, Path out, String main) throws Exception {
    return afterProtection(input, out, ProtectOptions.builder(), main, List.of());
  }

  private static List<Path> with(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
