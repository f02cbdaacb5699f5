package dev.jarmor.cli;

import dev.jarmor.JarmorException;
import dev.jarmor.check.TestRunner;

/**
 * The one place the CLI chooses how {@code check --tests} runs a suite. The JUnit Platform runner and the
 * launcher jars bundled with the CLI are being built beside the check; until they are in this build, asking for
 * tests is a usage error (exit 2) that says so, before anything runs.
 */
final class TestRunners {

  private TestRunners() {}

  static TestRunner junit() {
    // to become: return new JUnitRunner(launcherJar, listenerJar), the jars extracted from the CLI's own resources
    throw JarmorException.usage("--tests needs the JUnit runner, which this build of jarmor does not have yet");
  }
}
