package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class files of the newest JDK at hand, compiled for its own release, protected against that JDK's classes
 * ({@code --jdk}) and run on it. The JDK is the system property {@code jarmor.newestJdk}, its java.home, which the
 * build sets from {@code -Dnewest.jdk} or finds where a known package installs it (core's pom); skipped, saying so,
 * where none is given.
 */
class NewestJdkTest {

  @TempDir Path temp;

  @Test
  void protectsTheNewestJdksClassFilesAgainstThatJdk() throws Exception {
    String home = System.getProperty("jarmor.newestJdk", "");
    assumeFalse(home.isBlank(), "no newest JDK given: run with -Dnewest.jdk=<java.home of a JDK newer than 17>");
    Path jdk = Path.of(home);
    assertThat(jdk.resolve("bin/javac")).as("the JDK -Dnewest.jdk names").isExecutable();
    int release = release(jdk);
    Path src = temp.resolve("src");
    Path classes = temp.resolve("classes");
    List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(), "--release",
        String.valueOf(release), "-d", classes.toString()));
    for (Map.Entry<String, String> e : Programs.sources("java17").entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      command.add(file.toString());
    }
    JavaRunner.command(command).succeeded();
    assertThat(ClassFiles.node(Files.readAllBytes(classes.resolve("shop/Main.class"))).version)
        .as("class files of Java %d: major version 44 + %d", release, release).isEqualTo(44 + release);
    Path out = temp.resolve("out.jar");

    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).jdk(jdk).verifyLoad(true).build(),
        JarmorListener.SILENT);

    Path java = jdk.resolve("bin/java");
    String expected = JavaRunner.output(java, List.of(classes), "shop.Main");
    assertThat(expected).contains("total 1500");
    assertThat(JavaRunner.output(java, List.of(out), "shop.Main")).isEqualTo(expected);
  }

  /** The feature release of a JDK, from its {@code release} file ({@code JAVA_VERSION="25.0.3"}). */
  private static int release(Path jdk) throws Exception {
    Properties release = new Properties();
    try (Reader reader = Files.newBufferedReader(jdk.resolve("release"))) {
      release.load(reader);
    }
    return Runtime.Version.parse(release.getProperty("JAVA_VERSION").replace("\"", "")).feature();
  }
}
