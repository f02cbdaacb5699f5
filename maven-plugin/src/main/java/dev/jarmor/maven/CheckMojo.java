package dev.jarmor.maven;

import dev.jarmor.JarmorException;
import dev.jarmor.check.Check;
import dev.jarmor.check.CheckFormatter;
import dev.jarmor.check.CheckOptions;
import dev.jarmor.check.CheckResult;
import dev.jarmor.check.FixRun;
import dev.jarmor.check.JUnitRunner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;

/**
 * The check engine of {@code jarmor check} on the project: its own test classes, with its test dependencies and
 * the JUnit Platform launcher of their version ({@link TestPlatform}), and any {@code runs}, on the program as built
 * and on the program protected at each of {@code levels} (with the protect goal's options), compared; the build
 * fails with the check's matrix when a protected build behaves differently.
 * With {@code fix}, the rules that make it behave like the original are searched for by running it, written to
 * {@code target/jarmor/fix-rules.pro} and named in the failure. The whole result goes to {@code
 * target/jarmor/check.json}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public final class CheckMojo extends AbstractJarmorMojo {

  private static final String CONSOLE_LAUNCHER = "org.junit.platform:junit-platform-console-standalone";
  private static final String CHECK_JUNIT = "dev.jarmor:jarmor-check-junit";

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Component
  RepositorySystem repositories;

  /** The levels to check: {@code 0-4}, {@code 1,3}, {@code 2}. */
  @Parameter(property = "jarmor.levels", defaultValue = "0-4")
  String levels;

  /**
   * Command lines run in order in one working directory, on the original and on each protected build, as the CLI's
   * {@code --run}: {@code {java} -cp {cp} com.acme.Main}.
   */
  @Parameter(property = "jarmor.runs")
  List<String> runs = new ArrayList<>();

  /** Output lines where one of these regular expressions is found are not compared. */
  @Parameter(property = "jarmor.ignores")
  List<String> ignores = new ArrayList<>();

  /** A folder copied into every run's fresh working directory. */
  @Parameter(property = "jarmor.files")
  File files;

  /** Options for every JVM the check starts. */
  @Parameter(property = "jarmor.jvmArgs")
  List<String> jvmArgs = new ArrayList<>();

  /** Seconds a command or a test run may take. */
  @Parameter(property = "jarmor.timeout", defaultValue = "600")
  long timeout;

  /** Run the tests as they are against each variant instead of protecting them with the program. */
  @Parameter(property = "jarmor.testsUnprotected", defaultValue = "false")
  boolean testsUnprotected;

  /** Only test classes whose name matches one of these regular expressions. */
  @Parameter(property = "jarmor.includeTests")
  List<String> includeTests = new ArrayList<>();

  /** No test class whose name matches one of these regular expressions. */
  @Parameter(property = "jarmor.excludeTests")
  List<String> excludeTests = new ArrayList<>();

  /** When a variant differs, search the rules that fix it, by running it again, and write them to {@code fixRules}. */
  @Parameter(property = "jarmor.fix", defaultValue = "false")
  boolean fix;

  /** Where {@code fix} writes the rules it found. */
  @Parameter(property = "jarmor.fixRules", defaultValue = "${project.build.directory}/jarmor/fix-rules.pro")
  File fixRules;

  /** How many reruns the fix search may take in all. */
  @Parameter(property = "jarmor.fixBudget", defaultValue = "" + FixRun.DEFAULT_BUDGET)
  int fixBudget;

  /**
   * Where to write the profile of the original's runs and tests (the methods level 4 spares, a list {@code hot}
   * takes), which the level 4 variants then spare; none when unset ({@code --profile}).
   */
  @Parameter(property = "jarmor.profile")
  File profile;

  /** The check's whole result, as JSON. */
  @Parameter(property = "jarmor.checkReport", defaultValue = "${project.build.directory}/jarmor/check.json")
  File checkReport;

  /** The check's result as one page to open in a browser: the matrix, each difference, the fix search. */
  @Parameter(property = "jarmor.checkReportHtml", defaultValue = "${project.build.directory}/jarmor/check.html")
  File checkReportHtml;

  /** Maven's own switch for tests: a build that skips them skips the check, which runs them. */
  @Parameter(property = "skipTests", defaultValue = "false")
  boolean skipTests;

  /** Maven's switch for compiling and running tests. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  boolean skipTestCompile;

  @Override
  void run(MainArtifact artifact) throws MojoExecutionException, MojoFailureException {
    if (skipTests || skipTestCompile) {
      getLog().info("jarmor: check skipped: the build skips tests");
      return;
    }
    Path tests = Path.of(project.getBuild().getTestOutputDirectory());
    boolean withTests = Files.isDirectory(tests);
    if (!withTests && runs.isEmpty()) {
      getLog().info("jarmor: nothing to check: no test classes and no runs");
      return;
    }
    if (fix) {
      FixRun.checkBudget(fixBudget);
    }
    Path program = artifact.program();
    CheckOptions.Builder builder = CheckOptions.builder().protect(protectOptions(program)).wire(wire).levels(levels)
        .timeout(Duration.ofSeconds(timeout)).report(checkReport.toPath()).htmlReport(checkReportHtml.toPath()).testsUnprotected(testsUnprotected)
        .files(files == null ? null : inProject(files)).profile(profile == null ? null : inProject(profile));
    if (!runs.isEmpty()) {
      builder.sequence(runs);
    }
    ignores.forEach(builder::ignore);
    jvmArgs.forEach(builder::jvmArg);
    if (withTests) {
      builder.tests(tests).testRunner(new JUnitRunner(pluginJar(CONSOLE_LAUNCHER), pluginJar(CHECK_JUNIT)));
      ProjectLibraries.tests(project).forEach(library -> builder.testLibrary(library.getPath()));
      TestPlatform.missingJars(project, repositories, session.getRepositorySession())
          .forEach(jar -> builder.testLibrary(jar.getPath()));
      includeTests.forEach(builder::includeTests);
      excludeTests.forEach(builder::excludeTests);
    }
    CheckOptions options = builder.build();
    getLog().info("jarmor: checking " + shown(program) + (withTests ? " with the tests of " + shown(tests) : "")
        + " at levels " + levels + ", wire " + wire);
    MavenLog listener = new MavenLog(getLog());
    CheckResult result = Check.run(options, listener);
    List<String> lines = new ArrayList<>(CheckFormatter.lines(result));
    if (result.passed()) {
      lines.forEach(getLog()::info);
      return;
    }
    String advice;
    if (fix) {
      FixRun.Result fixed = FixRun.run(options, result, fixBudget, fixRules.toPath(), listener);
      lines.addAll(CheckFormatter.lines(fixed, Path.of(shown(fixRules.toPath()))));
      advice = fixed.rules().isEmpty() ? "no rules found that fix it"
          : "rules that fix " + (fixed.passed() ? "it" : "some of it") + ": " + shown(fixRules.toPath())
              + "; copy the file into the project and name it in the plugin's <rules> (or -Djarmor.rules=<file>)";
    } else {
      advice = "-Djarmor.fix searches for the rules that fix it";
    }
    throw new MojoFailureException("jarmor: a protected build does not behave like the original ("
        + shown(checkReportHtml.toPath()) + "):\n" + String.join("\n", lines) + "\n" + advice);
  }

  /** A jar the check puts on the tests' class path: one of the plugin's own dependencies. */
  private Path pluginJar(String key) {
    Artifact jar = plugin.getArtifactMap().get(key);
    if (jar == null || jar.getFile() == null) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "the plugin's dependency " + key + " is not resolved",
          null);
    }
    return jar.getFile().toPath();
  }

  @Override
  String goal() {
    return "check";
  }

  @Override
  String phase() {
    return "verify";
  }
}
