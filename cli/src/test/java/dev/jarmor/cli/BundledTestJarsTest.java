package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

class BundledTestJarsTest {

  @Test
  void extractsTheLauncherAndCheckJunitOnce() throws IOException {
    BundledTestJars jars = new BundledTestJars();

    Path launcher = jars.consoleLauncher();
    Path checkJunit = jars.checkJunit();

    try (JarFile jar = new JarFile(launcher.toFile())) {
      assertThat(jar.getEntry("org/junit/platform/console/ConsoleLauncher.class")).isNotNull();
      assertThat(jar.getEntry("org/junit/vintage/engine/VintageTestEngine.class")).isNotNull();
    }
    try (JarFile jar = new JarFile(checkJunit.toFile())) {
      assertThat(jar.getEntry("dev/jarmor/check/junit/RunTests.class")).isNotNull();
    }
    assertThat(jars.consoleLauncher()).isEqualTo(launcher);
    assertThat(launcher.getParent()).isEqualTo(checkJunit.getParent());
  }
}
