package dev.jarmor.check;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Runs a suite with the JUnit console launcher in a child JVM: JUnit 5 and, through the vintage engine the
 * launcher bundles, JUnit 4. The launcher and the check-junit listener go on the class path after the suite's own
 * jars, so that a suite's own versions of what the launcher bundles (JUnit 4, hamcrest) win; the listener writes
 * each test's outcome to a file ({@link ResultsFile}), which is what the run's results come from. The launcher's
 * console output goes to a file, read once the JVM has ended: a suite that prints much cannot block on a pipe.
 *
 * <p>Exit status 0 (every test passed) and 1 (some failed) are the runs a check compares; any other status, or no
 * results, means the launcher itself did not work: a {@link JarmorException} quoting the last line of its log and
 * naming the file the log is kept in.
 */
public final class JUnitRunner implements TestRunner {

  private static final String LISTENER_PARAMETER = "jarmor.check.results";

  private final Path consoleLauncher;
  private final Path listener;

  /**
   * @param consoleLauncher the {@code junit-platform-console-standalone} jar: the platform, Jupiter and the
   *     vintage engine
   * @param listener the check-junit module's jar
   */
  public JUnitRunner(Path consoleLauncher, Path listener) {
    this.consoleLauncher = consoleLauncher;
    this.listener = listener;
  }

  @Override
  public TestResults run(TestLaunch launch) {
    List<Path> classpath = new ArrayList<>(launch.classpath());
    classpath.add(consoleLauncher);
    classpath.add(listener);
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
    command.addAll(launcherArguments(launch, results));
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
      String last = output.lines().filter(line -> !line.isBlank()).reduce((first, second) -> second)
          .map(String::strip).orElse("no output");
      throw JarmorException.input("the JUnit launcher failed (exit " + exit.status() + "), its log ends: " + last,
          log.toString());
    }
    String unfinished = exit.timedOut()
        ? "still running when the run was ended after its timeout of " + launch.timeout().toSeconds() + " s"
        : "its JVM exited while the test ran";
    SortedMap<String, TestOutcome> byId = ResultsFile.read(results, unfinished);
    deleteQuietly(files);
    return new TestResults(byId, output, exit.timedOut());
  }

  /**
   * The console launcher's arguments: no banner, no tree of tests (the listener records them), the listener told
   * where to write, and what to run: every test of the test roots, or the given tests by id; the class name filters.
   */
  private static List<String> launcherArguments(TestLaunch launch, Path results) {
    List<String> options = new ArrayList<>(List.of("org.junit.platform.console.ConsoleLauncher", "execute",
        "--disable-banner", "--details=none", "--config=" + LISTENER_PARAMETER + "=" + results));
    if (launch.onlyTestIds().isEmpty()) {
      launch.testRoots().forEach(root -> options.add("--scan-classpath=" + root));
    } else {
      // sorted: the same launch gives the same command line
      new TreeSet<>(launch.onlyTestIds()).forEach(id -> options.add("--select-unique-id=" + id));
    }
    launch.includeClassNames().forEach(regex -> options.add("--include-classname=" + regex));
    launch.excludeClassNames().forEach(regex -> options.add("--exclude-classname=" + regex));
    return options;
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
