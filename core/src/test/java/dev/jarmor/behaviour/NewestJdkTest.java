package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class files of the newest JDK on this machine, protected against that JDK's classes ({@code --jdk}),
 * run on it. Skipped where no such JDK is installed.
 */
class NewestJdkTest {

  private static final Path JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  @TempDir Path temp;

  @Test
  void protectsJava25ClassFilesAgainstThatJdk() throws Exception {
    assumeTrue(Files.isExecutable(JDK.resolve("bin/javac")), "no JDK 25 at " + JDK);
    Path src = temp.resolve("src");
    List<String> command = new ArrayList<>(List.of(JDK.resolve("bin/javac").toString(), "--release", "25", "-d",
        temp.resolve("classes").toString()));
    for (Map.Entry<String, String> e : Programs.sources("java17").entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      command.add(file.toString());
    }
    JavaRunner.command(command).succeeded();
    Path out = temp.resolve("out.jar");

    Jarmor.protect(ProtectOptions.builder().input(temp.resolve("classes")).output(out).jdk(JDK).verifyLoad(true).build(),
        JarmorListener.SILENT);

    Path java = JDK.resolve("bin/java");
    String expected = JavaRunner.output(java, List.of(temp.resolve("classes")), "shop.Main");
    assertThat(expected).contains("total 1500");
    assertThat(JavaRunner.output(java, List.of(out), "shop.Main")).isEqualTo(expected);
  }
}
