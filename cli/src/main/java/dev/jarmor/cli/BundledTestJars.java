package dev.jarmor.cli;

import dev.jarmor.JarmorException;
import dev.jarmor.check.JUnitRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two jars {@code check --tests} puts on a suite's class path, shipped inside jarmor.jar as plain resources
 * under {@code dev/jarmor/cli/check/} (the build copies them there, unshaded: they run in the suite's JVM, not in
 * jarmor's): the JUnit console launcher's standalone jar, the platform of a suite that brings none, and check-junit
 * (the suite JVM's main class and its listener). A JVM cannot put a jar inside a jar on its class path, so they are
 * written out once, on first use, into a temporary folder removed when jarmor exits.
 */
final class BundledTestJars {

  private static final String CONSOLE_LAUNCHER = "check/junit-platform-console-standalone.jar";
  private static final String CHECK_JUNIT = "check/jarmor-check-junit.jar";

  private Path folder;

  /** A runner of suites with the bundled jars. */
  JUnitRunner runner() {
    return new JUnitRunner(consoleLauncher(), checkJunit());
  }

  /** The {@code junit-platform-console-standalone} jar, extracted. */
  Path consoleLauncher() {
    return folder().resolve(CONSOLE_LAUNCHER);
  }

  /** The check-junit jar, extracted. */
  Path checkJunit() {
    return folder().resolve(CHECK_JUNIT);
  }

  private synchronized Path folder() {
    if (folder == null) {
      folder = extract();
    }
    return folder;
  }

  private static Path extract() {
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    try {
      Path folder = Files.createTempDirectory(temporary, "jarmor-junit");
      // deleteOnExit removes in the reverse order of registration: the jars, then their folders
      folder.toFile().deleteOnExit();
      Files.createDirectory(folder.resolve("check")).toFile().deleteOnExit();
      for (String resource : new String[] {CONSOLE_LAUNCHER, CHECK_JUNIT}) {
        try (InputStream in = BundledTestJars.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new JarmorException(JarmorException.Kind.INTERNAL,
                "this jarmor build lacks " + resource + ": build it with Maven", null);
          }
          Path jar = folder.resolve(resource);
          Files.copy(in, jar);
          jar.toFile().deleteOnExit();
        }
      }
      return folder;
    } catch (IOException e) {
      throw JarmorException.unwritable("the bundled JUnit launcher", temporary, e);
    }
  }
}
