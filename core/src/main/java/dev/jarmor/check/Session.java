package dev.jarmor.check;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorException;
import dev.jarmor.ProtectOptions;
import dev.jarmor.mapping.MappingParser;
import dev.jarmor.profile.HotMethods;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One check's work in a temporary folder, deleted at the end: runs the original, protects and runs each variant,
 * compares. Every run gets a fresh working directory holding a copy of {@code --files}.
 */
final class Session implements AutoCloseable {

  private final CheckOptions options;
  private final CheckListener listener;
  private final Path root;
  private final Path logs;
  private final Build original;
  private final List<Path> libraries;
  private final List<Path> testLibraries;
  private final RunComparison comparison;
  private int folders;

  Session(CheckOptions options, CheckListener listener) {
    this.options = options;
    this.listener = listener;
    try {
      root = Files.createTempDirectory("jarmor-check");
      logs = Files.createDirectories(root.resolve("logs"));
    } catch (IOException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "cannot create a temporary folder: " + e.getMessage(),
          System.getProperty("java.io.tmpdir"), e);
    }
    // runs work in folders of their own: every path they are given is absolute
    List<Path> inputs = absolute(options.protect().inputs());
    original = new Build(inputs, inputs.size() == 1 ? inputs.get(0) : null, absolute(options.testRoots()), null);
    libraries = absolute(CheckOptions.paths(options.protect().libraries()));
    testLibraries = absolute(CheckOptions.paths(options.testLibraries()));
    comparison = new RunComparison(options.ignore());
  }

  /** Runs every sequence and the tests on the original. */
  Baseline baseline() {
    List<SequenceRun> sequences = new ArrayList<>();
    for (int i = 0; i < options.sequences().size(); i++) {
      listener.running("original", "sequence " + (i + 1));
      SequenceRun run = runSequence(i, command -> original, List.of());
      for (int c = 0; c < run.commands().size(); c++) {
        if (run.commands().get(c).exitCode() != 0) {
          // often a command that cannot work anywhere (a wrong class path): say so before every variant "passes"
          listener.warning("the original's sequence " + (i + 1) + " command " + (c + 1) + " exits with "
              + run.commands().get(c).status() + "; each variant is compared with that");
        }
      }
      sequences.add(run);
    }
    TestResults tests = null;
    if (!options.testRoots().isEmpty()) {
      listener.running("original", "tests");
      tests = runTests(original, new TreeSet<>(), List.of());
      if (tests.timedOut()) {
        listener.warning("the original's tests timed out (--timeout): those it did not finish are not compared");
      }
      if (tests.byId().values().stream().noneMatch(TestOutcome::passed)) {
        listener.warning("no test passed on the original: the variants' tests are compared with nothing");
      }
    }
    return new Baseline(sequences, tests);
  }

  /**
   * Runs every sequence and the tests on the original once more, each JVM recording a JFR profile into a folder of
   * the session's, and writes the methods hot in them together to {@code out}, a list {@code --hot} takes. A run of
   * its own, whose results count for nothing: the recording's messages and {@code JDK_JAVA_OPTIONS}'s note would
   * make the baseline's output differ from every variant's.
   */
  void profile(Path out) {
    Path recordings = root.resolve("profile");
    try {
      Files.createDirectories(recordings);
    } catch (IOException e) {
      throw JarmorException.unwritable("the profile's recordings", recordings, e);
    }
    // a folder as the file name: each JVM writes its own recording there
    List<String> record = List.of("-XX:StartFlightRecording=filename=" + recordings + ",settings=profile",
        "-Xlog:jfr+startup=warning");
    for (int i = 0; i < options.sequences().size(); i++) {
      listener.running("original", "profiling sequence " + (i + 1));
      runSequence(i, command -> original, record);
    }
    if (!options.testRoots().isEmpty()) {
      listener.running("original", "profiling tests");
      runTests(original, new TreeSet<>(), record);
    }
    try {
      HotMethods.readRecordings(HotMethods.recordings(recordings)).write(out);
    } catch (IOException e) {
      throw JarmorException.unreadable("the profile's recordings", recordings, e);
    }
  }

  /** Protects a variant, runs what {@code selection} says on it and compares with the original's runs. */
  VariantResult check(Variant variant, Baseline baseline, Adjustment adjustment, Selection selection) {
    String name = variant.toString();
    listener.running(name, "protecting");
    Path folder = root.resolve("variant-" + ++folders);
    Build build = protect(variant, adjustment, folder);
    UnaryOperator<String> retrace = build.retrace();
    List<SequenceResult> sequences = new ArrayList<>();
    for (int i = 0; i < options.sequences().size(); i++) {
      if (!selection.runs(i)) {
        continue;
      }
      for (SequenceResult.Mix mix : mixes(variant, options.sequences().get(i).size())) {
        listener.running(name, SequenceResult.name(i, mix));
        SequenceRun run = runSequence(i, command -> mix.protectedAt(command) ? build : original, List.of());
        sequences.add(new SequenceResult(i, mix, comparison.compare(baseline.sequences().get(i), run, retrace)));
      }
    }
    TestsResult tests = TestsResult.NONE;
    if (baseline.tests() != null && selection.runsTests()) {
      TestIds toProtected = TestIds.toProtected(build.mapping());
      SortedSet<String> only = selection.tests().stream().map(toProtected::translate)
          .collect(Collectors.toCollection(TreeSet::new));
      listener.running(name, "tests");
      TestResults results = runTests(build, only, List.of());
      // a selection's tests already ran on their own: running them alone again would tell nothing new
      tests = TestComparison.compare(baseline.tests(), selection.tests(), results,
          TestIds.toOriginal(build.mapping())::translate, retrace, failed -> {
            if (!selection.all()) {
              return results;
            }
            listener.running(name, "tests again: " + failed.size());
            return runTests(build, failed, List.of());
          });
    }
    WorkingDirectories.delete(folder);
    return new VariantResult(variant, sequences, tests);
  }

  /**
   * Every sequence runs on the protected build; with an open wire a sequence of several commands also runs with
   * the builds mixed, as a protected program meets data and peers of the unprotected one.
   */
  private static List<SequenceResult.Mix> mixes(Variant variant, int commands) {
    return variant.wire() == ProtectOptions.Wire.OPEN && commands > 1 ? List.of(SequenceResult.Mix.values())
        : List.of(SequenceResult.Mix.PROTECTED);
  }

  private Build protect(Variant variant, Adjustment adjustment, Path folder) {
    Path jar = folder.resolve("program.jar");
    Path mapping = folder.resolve("mapping.txt");
    Jarmor.protect(options.variant(variant, adjustment).output(jar).mapping(mapping).build(), listener);
    boolean testsInside = !options.testRoots().isEmpty() && !options.testsUnprotected();
    return new Build(List.of(jar), jar, testsInside ? List.of(jar) : original.testRoots(), MappingParser.parse(mapping));
  }

  /**
   * Runs sequence {@code index} in a fresh working directory, each command on the build {@code builds} gives it, its
   * JVMs given {@code jvmArgs} besides {@code --jvm-arg}s.
   */
  private SequenceRun runSequence(int index, IntFunction<Build> builds, List<String> jvmArgs) {
    Path directory = WorkingDirectories.create(root.resolve("run-" + ++folders), options.files());
    List<CommandOutcome> outcomes = new ArrayList<>();
    List<CommandTemplate> commands = options.sequences().get(index);
    for (int i = 0; i < commands.size(); i++) {
      Build build = builds.apply(i);
      List<String> command = commands.get(i).expand(placeholders(build));
      outcomes.add(Processes.run(command, directory, environment(jvmArgs), options.timeout(), logs));
    }
    SequenceRun run = new SequenceRun(outcomes, WorkingDirectories.snapshot(directory));
    WorkingDirectories.delete(directory);
    return run;
  }

  private Map<String, String> placeholders(Build build) {
    List<Path> classpath = new ArrayList<>(build.programJars());
    classpath.addAll(libraries);
    return Map.of("cp", join(classpath), "jar", build.jar() == null ? "" : build.jar().toString(),
        "java", options.java().toString());
  }

  /**
   * {@code --jvm-arg}s reach every JVM a command starts, children included, through {@code JDK_JAVA_OPTIONS},
   * which every {@code java} launcher since JDK 9 reads (and says so on stderr, the same for every build).
   */
  private Map<String, String> environment(List<String> more) {
    List<String> jvmArgs = jvmArgs(more);
    if (jvmArgs.isEmpty()) {
      return Map.of();
    }
    String given = System.getenv("JDK_JAVA_OPTIONS");
    String args = jvmArgs.stream().map(a -> a.matches("\\S+") ? a : "\"" + a + "\"")
        .collect(Collectors.joining(" "));
    return Map.of("JDK_JAVA_OPTIONS", given == null || given.isBlank() ? args : given + " " + args);
  }

  private TestResults runTests(Build build, SortedSet<String> onlyTestIds, List<String> moreJvmArgs) {
    Set<Path> classpath = new LinkedHashSet<>(build.programJars());
    classpath.addAll(build.testRoots());
    classpath.addAll(testLibraries);
    classpath.addAll(libraries);
    Path directory = WorkingDirectories.create(root.resolve("run-" + ++folders), options.files());
    TestResults results = options.testRunner().run(new TestLaunch(options.java(), List.copyOf(classpath),
        build.testRoots(), jvmArgs(moreJvmArgs), directory, options.includeTests(), options.excludeTests(), onlyTestIds,
        options.timeout()));
    WorkingDirectories.delete(directory);
    return results;
  }

  /** The {@code --jvm-arg}s, then {@code more}, a run's own. */
  private List<String> jvmArgs(List<String> more) {
    List<String> jvmArgs = new ArrayList<>(options.jvmArgs());
    jvmArgs.addAll(more);
    return jvmArgs;
  }

  private static List<Path> absolute(List<Path> paths) {
    return paths.stream().map(Path::toAbsolutePath).toList();
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  @Override
  public void close() {
    WorkingDirectories.delete(root);
  }
}
