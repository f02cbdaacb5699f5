package dev.jarmor.check;

/** Runs a JUnit Platform test suite in a child JVM and says what each test did. */
public interface TestRunner {

  /**
   * Runs the suite.
   *
   * @throws dev.jarmor.JarmorException when the launcher itself fails (not when tests fail)
   */
  TestResults run(TestLaunch launch);
}
