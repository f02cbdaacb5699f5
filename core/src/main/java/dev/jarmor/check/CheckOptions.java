package dev.jarmor.check;

import dev.jarmor.JarmorException;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectOptions.Wire;
import dev.jarmor.passes.Pipeline;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything a check is told by its user: how to protect (the protect options, whose level, wire mode, output and
 * mapping the check sets per variant), what to run, and which variants. Built with {@link #builder()}.
 */
public final class CheckOptions {

  /** The presets that keep what JUnit finds by name, added when the tests are protected with the program. */
  private static final List<String> TEST_PRESETS = List.of("junit5", "junit4");

  /** How long one command or test run may take unless the user says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  private final ProtectOptions protect;
  private final List<List<CommandTemplate>> sequences;
  private final List<Pattern> ignore;
  private final List<Path> testRoots;
  private final List<String> testLibraries;
  private final boolean testsUnprotected;
  private final List<String> includeTests;
  private final List<String> excludeTests;
  private final List<String> jvmArgs;
  private final Path files;
  private final SortedSet<Integer> levels;
  private final Set<Wire> wires;
  private final Duration timeout;
  private final Path profileOut;
  private final Path reportOut;
  private final Path htmlReportOut;
  private final TestRunner testRunner;

  private CheckOptions(Builder b) {
    protect = b.protect.build();
    sequences = b.sequences.stream().map(List::copyOf).toList();
    ignore = List.copyOf(b.ignore);
    testRoots = List.copyOf(b.testRoots);
    testLibraries = List.copyOf(b.testLibraries);
    testsUnprotected = b.testsUnprotected;
    includeTests = List.copyOf(b.includeTests);
    excludeTests = List.copyOf(b.excludeTests);
    jvmArgs = List.copyOf(b.jvmArgs);
    files = b.files;
    levels = Collections.unmodifiableSortedSet(new TreeSet<>(b.levels));
    wires = Collections.unmodifiableSet(EnumSet.copyOf(b.wires));
    timeout = b.timeout;
    profileOut = b.profileOut;
    reportOut = b.reportOut;
    htmlReportOut = b.htmlReportOut;
    testRunner = b.testRunner;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The protect options every variant starts from. */
  public ProtectOptions protect() {
    return protect;
  }

  /** The {@code --run} sequences: the commands of each run in order in one working directory. */
  public List<List<CommandTemplate>> sequences() {
    return sequences;
  }

  /** Output lines matching one of these ({@code find}) are left out of the comparison. */
  public List<Pattern> ignore() {
    return ignore;
  }

  /** The jars or folders of JUnit test classes ({@code --tests}). */
  public List<Path> testRoots() {
    return testRoots;
  }

  /** The tests' dependencies ({@code --test-lib}), each possibly a path-separator-joined list. */
  public List<String> testLibraries() {
    return testLibraries;
  }

  /** Whether the tests run as they are against each variant instead of being protected with the program. */
  public boolean testsUnprotected() {
    return testsUnprotected;
  }

  public List<String> includeTests() {
    return includeTests;
  }

  public List<String> excludeTests() {
    return excludeTests;
  }

  /** Options for every JVM the check starts. */
  public List<String> jvmArgs() {
    return jvmArgs;
  }

  /** The folder copied into every run's fresh working directory, or null. */
  public Path files() {
    return files;
  }

  public SortedSet<Integer> levels() {
    return levels;
  }

  public Set<Wire> wires() {
    return wires;
  }

  public Duration timeout() {
    return timeout;
  }

  /**
   * Where to write the profile of the original's runs ({@code --profile}): the methods level 4 is to spare, which the
   * level 4 variants then spare unless {@code --hot} names others; null for none.
   */
  public Path profileOut() {
    return profileOut;
  }

  /** Where to write the whole result as JSON, or null. */
  public Path reportOut() {
    return reportOut;
  }

  /** Where to write the whole result as a page to open in a browser, or null. */
  public Path htmlReportOut() {
    return htmlReportOut;
  }

  /** Runs the tests; null when the check runs none. */
  public TestRunner testRunner() {
    return testRunner;
  }

  /** The variants to check: every level in every wire mode. */
  public List<Variant> variants() {
    List<Variant> variants = new ArrayList<>();
    for (int level : levels) {
      for (Wire wire : wires) {
        variants.add(new Variant(level, wire));
      }
    }
    return variants;
  }

  /**
   * The protect options of a variant, less its output and mapping: the level and wire mode, the tests protected
   * with the program unless {@code --tests-unprotected}, and what {@code adjustment} adds. The one place they are
   * derived, so that the fix search analyzes exactly what the check protects.
   */
  ProtectOptions.Builder variant(Variant variant, Adjustment adjustment) {
    ProtectOptions.Builder builder = protect.toBuilder().level(variant.level()).wire(variant.wire()).report(null)
        .htmlReport(null);
    if (variant.level() != Pipeline.MAX_LEVEL) {
      // the profile spares methods at level 4 only
      builder.hot(null);
    } else if (protect.hotProfile() == null && profileOut != null) {
      builder.hot(profileOut);
    }
    if (!testRoots.isEmpty() && !testsUnprotected) {
      testRoots.forEach(builder::input);
      testLibraries.forEach(builder::library);
      TEST_PRESETS.stream().filter(p -> !protect.presets().contains(p)).forEach(builder::preset);
    }
    adjustment.ruleFiles().forEach(builder::rules);
    adjustment.excludePatterns().forEach(builder::exclude);
    adjustment.passesOff().forEach(pass -> builder.pass(pass, false));
    return builder;
  }

  /** Every entry of the given path-separator-joined lists, in order. */
  static List<Path> paths(List<String> pathLists) {
    List<Path> paths = new ArrayList<>();
    for (String list : pathLists) {
      for (String entry : list.split(Pattern.quote(File.pathSeparator))) {
        if (!entry.isEmpty()) {
          paths.add(Path.of(entry));
        }
      }
    }
    return paths;
  }

  /** The {@code java} launcher of the JDK the program runs on. */
  Path java() {
    Path home = protect.jdk() != null ? protect.jdk().toAbsolutePath() : Path.of(System.getProperty("java.home"));
    return home.resolve("bin").resolve(System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
  }

  /** Collects options; the values that need parsing are checked as they come (exit 2). */
  public static final class Builder {
    private ProtectOptions.Builder protect = ProtectOptions.builder();
    private final List<List<CommandTemplate>> sequences = new ArrayList<>();
    private final List<Pattern> ignore = new ArrayList<>();
    private final List<Path> testRoots = new ArrayList<>();
    private final List<String> testLibraries = new ArrayList<>();
    private boolean testsUnprotected;
    private final List<String> includeTests = new ArrayList<>();
    private final List<String> excludeTests = new ArrayList<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private Path files;
    private SortedSet<Integer> levels = range(0, Pipeline.MAX_LEVEL);
    private Set<Wire> wires = EnumSet.of(Wire.OPEN);
    private Duration timeout = DEFAULT_TIMEOUT;
    private Path profileOut;
    private Path reportOut;
    private Path htmlReportOut;
    private TestRunner testRunner;

    /** The protect options each variant starts from; built when this builder is. */
    public Builder protect(ProtectOptions.Builder options) {
      protect = options;
      return this;
    }

    /** One sequence of command lines ({@link CommandTemplate}), run in order in one working directory. */
    public Builder sequence(List<String> commands) {
      if (commands.isEmpty()) {
        throw JarmorException.usage("a --run sequence needs a command");
      }
      sequences.add(commands.stream().map(CommandTemplate::parse).toList());
      return this;
    }

    /** A regular expression: output lines where it is found are not compared. */
    public Builder ignore(String regex) {
      try {
        ignore.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw JarmorException.usage("--ignore needs a regular expression: " + e.getDescription() + " in '" + regex
            + "'");
      }
      return this;
    }

    public Builder tests(Path root) {
      testRoots.add(root);
      return this;
    }

    public Builder testLibrary(String pathList) {
      testLibraries.add(pathList);
      return this;
    }

    public Builder testsUnprotected(boolean value) {
      testsUnprotected = value;
      return this;
    }

    /** A JUnit class name filter (regular expression) selecting test classes. */
    public Builder includeTests(String regex) {
      includeTests.add(regex);
      return this;
    }

    public Builder excludeTests(String regex) {
      excludeTests.add(regex);
      return this;
    }

    public Builder jvmArg(String arg) {
      jvmArgs.add(arg);
      return this;
    }

    public Builder files(Path folder) {
      files = folder;
      return this;
    }

    /** Levels as the CLI takes them: {@code 0-4}, {@code 1,3}, {@code 2}, or a mix ({@code 0,2-3}). */
    public Builder levels(String spec) {
      SortedSet<Integer> parsed = new TreeSet<>();
      for (String part : spec.split(",", -1)) {
        String[] bounds = part.strip().split("-", -1);
        if (bounds.length > 2) {
          throw badLevels(spec);
        }
        int from = level(bounds[0], spec);
        int to = bounds.length == 2 ? level(bounds[1], spec) : from;
        if (to < from) {
          throw badLevels(spec);
        }
        parsed.addAll(range(from, to));
      }
      levels = parsed;
      return this;
    }

    private static int level(String text, String spec) {
      try {
        int level = Integer.parseInt(text.strip());
        if (level < 0 || level > Pipeline.MAX_LEVEL) {
          throw badLevels(spec);
        }
        return level;
      } catch (NumberFormatException e) {
        throw badLevels(spec);
      }
    }

    private static JarmorException badLevels(String spec) {
      return JarmorException.usage("--levels takes levels 0 to " + Pipeline.MAX_LEVEL + " as 0-" + Pipeline.MAX_LEVEL
          + ", 1,3 or 2, not '" + spec + "'");
    }

    /** {@code open}, {@code closed} or {@code both}. */
    public Builder wire(String mode) {
      wires = switch (mode) {
        case "open" -> EnumSet.of(Wire.OPEN);
        case "closed" -> EnumSet.of(Wire.CLOSED);
        case "both" -> EnumSet.allOf(Wire.class);
        default -> throw JarmorException.usage("--wire takes open, closed or both, not '" + mode + "'");
      };
      return this;
    }

    public Builder timeout(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw JarmorException.usage("--timeout takes a number of seconds above 0");
      }
      timeout = value;
      return this;
    }

    public Builder report(Path file) {
      reportOut = file;
      return this;
    }

    public Builder profile(Path file) {
      profileOut = file;
      return this;
    }

    /** The page of {@link dev.jarmor.report.HtmlReport}, written where the JSON report is, after {@code --fix} too. */
    public Builder htmlReport(Path file) {
      htmlReportOut = file;
      return this;
    }

    public Builder testRunner(TestRunner runner) {
      testRunner = runner;
      return this;
    }

    public CheckOptions build() {
      return new CheckOptions(this);
    }

    private static SortedSet<Integer> range(int from, int to) {
      SortedSet<Integer> range = new TreeSet<>();
      for (int i = from; i <= to; i++) {
        range.add(i);
      }
      return range;
    }
  }
}
