package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Runs a suite in a child JVM on the JUnit Platform: JUnit 5 and 6, and JUnit 4 through the vintage engine. The
 * JVM's main class is the check-junit module's {@code RunTests}, which runs the tests through the platform's
 * launcher API and writes each test's outcome to a file ({@link ResultsFile}), which is what the run's results come
 * from; the launcher's console output goes to a file, read once the JVM has ended: a suite that prints much cannot
 * block on a pipe.
 *
 * <p>The platform is the suite's own launcher when its class path holds one ({@code junit-platform-launcher}, as
 * Surefire adds it), so that a suite runs on the JUnit it was built with. Otherwise it is the console launcher's
 * standalone jar jarmor ships (platform, Jupiter, the vintage engine and JUnit 4 of one version), placed after the
 * suite's own jars so that a suite's own versions of what it bundles (JUnit 4, hamcrest) win; a suite holding JUnit
 * jars of another platform version cannot run on it, and is refused saying which launcher to add ({@link JUnitJars}).
 *
 * <p>Exit status 0 (every test passed) and 1 (some failed) are the runs a check compares; any other status, or no
 * results, means the launcher itself did not work: a {@link JarmorException} quoting the last line of its log that
 * is no stack frame (the exception, or its deepest cause) and naming the file the log is kept in.
 */
public final class JUnitRunner implements TestRunner {

  private static final String MAIN_CLASS = "dev.jarmor.check.junit.RunTests";
  /** A line of a stack trace below its exception's: {@code at ...}, {@code ... 12 more}. */
  private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ more)");

  private final Path consoleLauncher;
  private final Path checkJunit;

  /**
   * @param consoleLauncher the {@code junit-platform-console-standalone} jar: the platform, Jupiter and the
   *     vintage engine, for a suite that brings no launcher
   * @param checkJunit the check-junit module's jar: the main class and its listener
   */
  public JUnitRunner(Path consoleLauncher, Path checkJunit) {
    this.consoleLauncher = consoleLauncher;
    this.checkJunit = checkJunit;
  }

  @Override
  public TestResults run(TestLaunch launch) {
    List<Path> classpath = new ArrayList<>(launch.classpath());
    classpath.addAll(platform(launch.classpath()));
    classpath.add(checkJunit);
    // java ignores a class path element that is not there, and the launcher a test root that is not on the class
    // path: the tests they hold would silently not run
    for (Path element : classpath) {
      if (!Files.exists(element)) {
        throw JarmorException.input("test class path element not found", element.toString());
      }
    }
    for (Path root : launch.testRoots()) {
      if (!launch.classpath().contains(root)) {
        throw new IllegalArgumentException("test root not on the class path: " + root);
      }
    }
    if (!Files.isDirectory(launch.workingDirectory())) {
      throw JarmorException.input("working directory of the tests not found", launch.workingDirectory().toString());
    }
    Path files = temporaryFolder();
    Path results = files.resolve("results.txt");
    Path log = files.resolve("launcher.log");
    Path argumentFile = files.resolve("classpath.args");
    List<String> command = new ArrayList<>();
    command.add(launch.java().toString());
    command.addAll(launch.jvmArgs());
    command.addAll(ClassPathOption.of(launch.java(), classpath, argumentFile));
    command.addAll(mainArguments(launch, results));
    ProcessBuilder builder = new ProcessBuilder(command).directory(launch.workingDirectory().toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    ChildProcess.Exit exit;
    try {
      exit = ChildProcess.run(builder, launch.timeout());
    } catch (IOException e) {
      deleteQuietly(files);
      throw JarmorException.input("cannot start the tests' JVM: " + e.getMessage(), launch.java().toString(), e);
    }
    String output = readLog(log);
    if (!exit.timedOut() && (exit.status() > 1 || !Files.exists(results))) {
      // the log stays for the user to read
      deleteQuietly(results);
      deleteQuietly(argumentFile);
      String last = output.lines().filter(line -> !line.isBlank() && !STACK_FRAME.matcher(line).lookingAt())
          .reduce((first, second) -> second).map(String::strip).orElse("no output");
      throw JarmorException.input("the JUnit launcher failed (exit " + exit.status() + "): " + last, log.toString());
    }
    String unfinished = exit.timedOut()
        ? "still running when the run was ended after its timeout of " + launch.timeout().toSeconds() + " s"
        : "its JVM exited while the test ran";
    SortedMap<String, TestOutcome> byId = ResultsFile.read(results, unfinished);
    deleteQuietly(files);
    return new TestResults(byId, output, exit.timedOut());
  }

  /**
   * The JUnit Platform the suite runs on, after its own jars: none when the suite brings its launcher, else the
   * bundled console launcher, if the suite's JUnit jars are of its version.
   */
  private List<Path> platform(List<Path> suite) {
    JUnitJars junit = JUnitJars.of(suite);
    if (junit.hasLauncher()) {
      return List.of();
    }
    Optional<JUnitJars.Jar> bundled = JUnitJars.describe(consoleLauncher);
    Optional<JUnitJars.Jar> other = bundled.flatMap(launcher -> junit.notOf(launcher.version()));
    if (other.isPresent()) {
      JUnitJars.Jar jar = other.get();
      throw JarmorException.input("the tests use " + jar.title() + " " + jar.version() + ", of JUnit Platform "
          + jar.platformVersion() + ", and jarmor's JUnit launcher is of " + bundled.get().version()
          + ": add junit-platform-launcher " + jar.platformVersion() + " to the tests' libraries (--test-lib)",
          jar.path().toString());
    }
    return List.of(consoleLauncher);
  }

  /**
   * The main class and its arguments: where the results go, then what to run: every test of the test roots, or
   * the given tests by id; the class name filters.
   */
  private static List<String> mainArguments(TestLaunch launch, Path results) {
    List<String> arguments = new ArrayList<>(List.of(MAIN_CLASS, results.toString()));
    if (launch.onlyTestIds().isEmpty()) {
      launch.testRoots().forEach(root -> arguments.addAll(List.of("--root", root.toString())));
    } else {
      // sorted: the same launch gives the same command line
      new TreeSet<>(launch.onlyTestIds()).forEach(id -> arguments.addAll(List.of("--uid", id)));
    }
    launch.includeClassNames().forEach(regex -> arguments.addAll(List.of("--include", regex)));
    launch.excludeClassNames().forEach(regex -> arguments.addAll(List.of("--exclude", regex)));
    return arguments;
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("jarmor-tests");
    } catch (IOException e) {
      throw new JarmorException(JarmorException.Kind.INPUT, "cannot create a temporary folder: " + e.getMessage(),
          System.getProperty("java.io.tmpdir"), e);
    }
  }

  private static String readLog(Path log) {
    try {
      // decoded leniently: the suite's output need not be UTF-8
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw JarmorException.unreadable("the JUnit launcher's log", log, e);
    }
  }

  /** Removes what the run left in its folder; a file that cannot be removed is left to the system's cleaning. */
  private static void deleteQuietly(Path path) {
    try (var walk = Files.walk(path)) {
      walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // nothing to do: a temporary file outliving the run harms nobody
    }
  }
}
