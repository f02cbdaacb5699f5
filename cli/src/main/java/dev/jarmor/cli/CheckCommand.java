package dev.jarmor.cli;

import dev.jarmor.JarmorException;
import dev.jarmor.check.Check;
import dev.jarmor.check.CheckFormatter;
import dev.jarmor.check.CheckOptions;
import dev.jarmor.check.CheckResult;
import dev.jarmor.check.FixRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jarmor check}: protects the program at each requested level and wire mode, runs the user's commands and
 * tests on the original and on each variant, and says which behave like the original. Exit 0 when every variant
 * does, {@value #DIFFERS} when one does not. With {@code --fix}, searches the rules that fix the variants that do
 * not ({@link FixRun}), writes them, and answers for the check run again with them: 0 when it passes everywhere
 * with the rules, {@value #DIFFERS} when a failure stays unresolved.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Protect at each level and wire mode, run your commands and tests on the original and on each"
        + " protected build, and compare.")
final class CheckCommand implements Callable<Integer> {

  /**
   * A variant does not behave like the original. A finding of a check that ran to its end, not an error of
   * jarmor or of its input, so it is the CLI's to report, not a {@link JarmorException} kind: the engine returns
   * it as data ({@link CheckResult#passed()}), and the Maven plugin fails its build on it without an exit code.
   */
  static final int DIFFERS = 6;

  @Spec CommandSpec spec;
  @Mixin EngineOptions engine;
  @Mixin OutputOptions output;

  @Option(names = "--run", paramLabel = "<command>",
      description = "A command line run on the original and on each variant; several form one sequence sharing a"
          + " working directory. {cp}: the program's jars then every --lib; {jar}: the program jar; {java}: the"
          + " JDK's java. Quoting as in a shell ('...', \"...\", \\); no pipes or redirections.")
  List<String> run = new ArrayList<>();

  @Option(names = "--ignore", paramLabel = "<regex>",
      description = "Leave output lines where this regular expression is found out of the comparison. Repeatable.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--tests", paramLabel = "<jar|dir>",
      description = "JUnit 5 and 4 test classes, run on the original and each variant. Repeatable.")
  List<Path> tests = new ArrayList<>();

  @Option(names = "--test-lib", paramLabel = "<path>",
      description = "The tests' dependencies. Repeatable; may be a list joined by the path separator.")
  List<String> testLibs = new ArrayList<>();

  @Option(names = "--tests-unprotected",
      description = "Run the tests as they are against each variant (a public-API suite) instead of protecting them"
          + " with the program (with the junit5 and junit4 presets).")
  boolean testsUnprotected;

  @Option(names = "--include-tests", paramLabel = "<regex>",
      description = "Run only test classes whose name matches (JUnit's --include-classname). Repeatable.")
  List<String> includeTests = new ArrayList<>();

  @Option(names = "--exclude-tests", paramLabel = "<regex>",
      description = "Leave out test classes whose name matches (JUnit's --exclude-classname). Repeatable.")
  List<String> excludeTests = new ArrayList<>();

  @Option(names = "--jvm-arg", paramLabel = "<arg>",
      description = "An option for every JVM the check starts (--add-opens=..., -Xmx1g). Repeatable.")
  List<String> jvmArgs = new ArrayList<>();

  @Option(names = "--files", paramLabel = "<dir>",
      description = "A folder copied into every run's fresh working directory.")
  Path files;

  @Option(names = "--levels", paramLabel = "<levels>", defaultValue = "0-4",
      description = "The levels to check: 0-4, 1,3, 2. Default: ${DEFAULT-VALUE}.")
  String levels;

  @Option(names = "--timeout", paramLabel = "<s>", defaultValue = "600",
      description = "Seconds a command or a test run may take. Default: ${DEFAULT-VALUE}.")
  long timeout;

  @Option(names = "--profile", paramLabel = "<hot.txt>",
      description = "Run the original once more with a JFR recording in every JVM, write the methods hot in them (those"
          + " level 4 is to spare) to this file, a list --hot takes, and spare them in the level 4 variants.")
  Path profile;

  @Option(names = "--fix", paramLabel = "<rules.pro>",
      description = "Search, by running the failing variants again, the keep rules and pass exclusions that make"
          + " them behave like the original; write them to this file (for --rules) and check again with them.")
  Path fix;

  @Option(names = "--fix-budget", paramLabel = "<runs>",
      description = "How many reruns the --fix search may take in all. Default: " + FixRun.DEFAULT_BUDGET + ".")
  Integer fixBudget;

  @Override
  public Integer call() {
    if (spec.commandLine().getParseResult().hasMatchedOption("--level")) {
      throw JarmorException.usage("check takes --levels (e.g. 0-4 or 1,3), not --level");
    }
    CheckOptions.Builder options = CheckOptions.builder().protect(engine.withoutWire().report(null).htmlReport(null))
        .wire(engine.wire).levels(levels).timeout(Duration.ofSeconds(timeout)).report(engine.report)
        .htmlReport(engine.reportHtml)
        .testsUnprotected(testsUnprotected).files(files).profile(profile);
    if (!run.isEmpty()) {
      options.sequence(run);
    }
    ignore.forEach(options::ignore);
    tests.forEach(options::tests);
    testLibs.forEach(options::testLibrary);
    includeTests.forEach(options::includeTests);
    excludeTests.forEach(options::excludeTests);
    jvmArgs.forEach(options::jvmArg);
    if (!tests.isEmpty()) {
      options.testRunner(new BundledTestJars().runner());
    }
    if (fixBudget != null && fix == null) {
      throw JarmorException.usage("--fix-budget needs --fix <rules.pro>");
    }
    int budget = fixBudget != null ? fixBudget : FixRun.DEFAULT_BUDGET;
    FixRun.checkBudget(budget);
    CheckOptions checkOptions = options.build();
    CheckConsole console = new CheckConsole(System.err, output.quiet);
    CheckResult result = Check.run(checkOptions, console);
    CheckFormatter.lines(result).forEach(System.out::println);
    if (fix == null) {
      return result.passed() ? 0 : DIFFERS;
    }
    FixRun.Result fixed = FixRun.run(checkOptions, result, budget, fix, console);
    CheckFormatter.lines(fixed, fix).forEach(System.out::println);
    return fixed.passed() ? 0 : DIFFERS;
  }
}
