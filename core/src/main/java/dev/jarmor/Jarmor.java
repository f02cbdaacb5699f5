package dev.jarmor;

import dev.jarmor.boundary.AnalysisContext;
import dev.jarmor.boundary.Boundaries;
import dev.jarmor.boundary.Boundary;
import dev.jarmor.boundary.KeepPatternBoundary;
import dev.jarmor.boundary.LibraryModeBoundary;
import dev.jarmor.boundary.RuleBoundary;
import dev.jarmor.boundary.WireScope;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MissingClasses;
import dev.jarmor.input.InputReader;
import dev.jarmor.input.Layout;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;
import dev.jarmor.language.Languages;
import dev.jarmor.licensing.VendorKeys;
import dev.jarmor.mapping.MappingParser;
import dev.jarmor.mapping.MappingPriorNames;
import dev.jarmor.mapping.MappingWriter;
import dev.jarmor.output.ClassPathView;
import dev.jarmor.output.JarOutput;
import dev.jarmor.passes.CodePass;
import dev.jarmor.passes.OutputModel;
import dev.jarmor.passes.Pass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.PassLog;
import dev.jarmor.passes.PassScope;
import dev.jarmor.passes.Pipeline;
import dev.jarmor.passes.checks.CheckRuntime;
import dev.jarmor.passes.checks.CheckWeavingPass;
import dev.jarmor.passes.encrypt.DecryptionChecks;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.report.PassSummary;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Plan;
import dev.jarmor.profile.HotMethods;
import dev.jarmor.plan.Planner;
import dev.jarmor.plan.PriorNames;
import dev.jarmor.rename.DictionaryNames;
import dev.jarmor.rename.KeywordNames;
import dev.jarmor.rules.ConsumerRules;
import dev.jarmor.rules.Presets;
import dev.jarmor.rules.RuleParser;
import dev.jarmor.rules.RuleSet;
import dev.jarmor.rename.NameGenerator;
import dev.jarmor.rename.ShortNames;
import dev.jarmor.report.HtmlReport;
import dev.jarmor.report.JsonReport;
import dev.jarmor.verify.BytecodeVerifier;
import dev.jarmor.verify.LoadVerifier;
import dev.jarmor.verify.Replay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The engine's entry point: {@link #analyze} reads a program and decides every name;
 * {@link #protect} also transforms, verifies and writes it; {@link #explain} transforms in memory
 * only, to say what protecting would do.
 *
 * <pre>
 * inputs ─► Program ─► Hierarchy ─► boundaries ─► Decisions ─► Plan ─► passes (by level) ─► verify ─► jar
 * </pre>
 */
public final class Jarmor {

  private static final BiPredicate<String, Program> EVERY_PASS = (pass, program) -> true;

  private Jarmor() {}

  /** Reads the inputs and decides what every name becomes, without writing anything. */
  public static Analysis analyze(ProtectOptions options, JarmorListener listener) {
    checkInputs(options);
    Set<String> applied = new TreeSet<>(options.presets());
    RuleSet presets = RuleSet.EMPTY;
    for (String preset : options.presets()) {
      presets = presets.plus(Presets.named(preset).rules());
    }
    RuleSet rules = options.ruleFiles().isEmpty() ? RuleSet.EMPTY : RuleParser.parse(options.ruleFiles());
    listener.stage("reading", options.inputs().size());
    Program input = new InputReader(listener, options.programLibs(), Languages::merge).read(options.inputs());
    // a Spring Boot jar is a Spring application whether the user says so or not
    for (String preset : input.layout().kind().presets()) {
      if (applied.add(preset)) {
        presets = presets.plus(Presets.named(preset).rules());
      }
    }
    LibraryPath libraries = LibraryPath.open(options.jdk(), input.layout().libraryJars(), options.libraries());
    try {
      VendorKeys.BuildKeys keys = options.licensing() == null ? null
          : VendorKeys.forBuild(options.licensing().keyFile());
      if (keys != null && keys.privateKey() == null && Pipeline.selected(options).contains(Pipeline.Step.ENCRYPT)) {
        listener.warning("--encrypt with --license " + options.licensing().keyFile().getFileName() + ": the key of the"
            + " encrypted code is in the jar, so it decrypts without a license; give --license the vendor's private"
            + " key file instead, and the key is in each license and nowhere in the jar");
      }
      CheckRuntime checks = options.licensing() == null && options.guarding() == null ? null
          : CheckRuntime.add(input, options.licensing(), keys, options.guarding(), packages(input, libraries));
      Program program = checks == null ? input : checks.program();
      if (options.consumerRules()) {
        // a framework among the libraries finds the program's code by the names its preset keeps, as a jar's
        // consumer rules say, whether the user names the preset or not
        for (Presets.Preset preset : Presets.forLibraries(
            name -> program.classes().containsKey(name) || libraries.find(name) != null)) {
          if (applied.add(preset.name())) {
            presets = presets.plus(preset.rules());
          }
        }
      }
      // what the program's jars and libraries ship for their consumers applies after presets, before the user's
      RuleSet quiet = options.consumerRules()
          ? presets.plus(ConsumerRules.read(program, programName(options), libraries, listener::warning)) : presets;
      List<Boundary> boundaries = boundaries(options, quiet, rules, listener);
      listener.stage("hierarchy", program.classes().size());
      Hierarchy hierarchy = Hierarchy.build(program, libraries);
      RuleSet all = quiet.plus(rules);
      reportMissing(hierarchy.missing().without(all.silencedWarnings()::silences), options, listener);
      hierarchy.families();
      listener.stage("analysis", hierarchy.programClasses().size());
      List<Decision> decisions = Boundaries.analyze(boundaries,
          new AnalysisContext(program, hierarchy, libraries, listener::warning));
      long seed = options.seed() != null ? options.seed() : program.contentSeed();
      listener.stage("planning", hierarchy.programClasses().size());
      Plan plan = new Planner(hierarchy, naming(options, seed, libraries, hierarchy)).plan(decisions);
      // from here on the input's trees are read by the first pass and, when a method fails, by verification
      program.holdTreesSoftly();
      return new Analysis(program, libraries, hierarchy, plan, seed, all.silencedNotes(), all.excludePatterns(),
          checks);
    } catch (RuntimeException e) {
      libraries.close();
      throw e;
    }
  }

  /**
   * Supertypes missing from the classpath, less those {@code -dontwarn} silences: they stop the run with
   * {@code --strict-classpath}, as they did before jarmor could protect around them; otherwise a warning.
   */
  private static void reportMissing(MissingClasses missing, ProtectOptions options, JarmorListener listener) {
    if (missing.isEmpty()) {
      return;
    }
    if (options.strictClasspath()) {
      throw missing.error();
    }
    listener.warning(missing.warning());
  }

  /**
   * Protects the program and writes the output jar; nothing is written if any step fails. Each note
   * of the plan (a lookup by a name the analysis cannot tell, with the rule that covers it) is also a
   * warning, in the plan's order, unless {@code -dontnote} silences its class: unlike {@code explain},
   * protecting prints no report that shows them.
   */
  public static ProtectResult protect(ProtectOptions options, JarmorListener listener) {
    if (options.output() == null) {
      throw JarmorException.usage("no output given (-o <out.jar>)");
    }
    try (Analysis analysis = analyze(options, listener)) {
      analysis.plan().notes().forEach((target, notes) -> {
        if (!analysis.silencedNotes().silences(target.owner())) {
          notes.forEach(note -> listener.warning(note.text()));
        }
      });
      Transformed run = transform(analysis, options, listener);
      // sealed last: the tamper guard's seal holds the class files as the jar will
      Program output = analysis.checks() == null ? run.output() : analysis.checks().sealed(run.output(), run.plan());
      OutputModel model = run.model(analysis);
      listener.stage("verifying", output.allClasses().size());
      BytecodeVerifier.verify(output, model.hierarchyOf(output), new BytecodeVerifier.Unprotected(
          analysis.program(), analysis.hierarchy(), model.originalNames(),
          analysis.hierarchy().libraryClasses(), replay(analysis, run.plan(), options)), listener::warning);
      if (options.mappingOut() != null) {
        MappingWriter.write(run.plan(), run.log().positions(), options.mappingOut());
      }
      if (wantsReport(options)) {
        writeReports(analysis.plan(), summary(analysis, run, options), options);
      }
      listener.stage("writing", output.allClasses().size() + output.resources().size());
      JarOutput.write(output, options.output(), jar -> {
        if (options.verifyLoad()) {
          listener.stage("loading", -1);
          verifyLoad(analysis.program(), output, jar, options, model.originalNames()::className, listener);
        }
      });
      listener.stage("done", -1);
      return new ProtectResult(run.plan(), analysis.program().classes().size(), analysis.seed(), run.log(),
          output.layout());
    }
  }

  /**
   * Says what {@link #protect} would do with these options: the plan, and what the selected passes
   * change and leave alone, found by running them in memory. Writes nothing but the reports
   * ({@link ProtectOptions#reportOut()}, {@link ProtectOptions#htmlReportOut()}).
   */
  public static Explanation explain(ProtectOptions options, JarmorListener listener) {
    try (Analysis analysis = analyze(options, listener)) {
      PassSummary passes = summary(analysis, transform(analysis, options, listener), options);
      if (wantsReport(options)) {
        writeReports(analysis.plan(), passes, options);
      }
      listener.stage("done", -1);
      return new Explanation(analysis.plan(), passes);
    }
  }

  private static boolean wantsReport(ProtectOptions options) {
    return options.reportOut() != null || options.htmlReportOut() != null;
  }

  /** The JSON report and the page drawn from it, from one text, each where the options ask. */
  private static void writeReports(Plan plan, PassSummary passes, ProtectOptions options) {
    String json = JsonReport.json(plan, passes);
    if (options.reportOut() != null) {
      JsonReport.write(json, options.reportOut());
    }
    if (options.htmlReportOut() != null) {
      HtmlReport.write(HtmlReport.Page.PROTECTION, options.inputs(), json, options.htmlReportOut());
    }
  }

  /**
   * The program after the selected passes, the plan they followed, the output model they shared (null where no
   * pass after renaming ran) and what they logged.
   */
  private record Transformed(Program output, Plan plan, OutputModel passesModel, PassLog log) {

    /** The output's model: the passes', or at level 0 one built now. */
    OutputModel model(Analysis analysis) {
      return passesModel != null ? passesModel : outputModel(output, analysis, plan, false);
    }
  }

  private static Transformed transform(Analysis analysis, ProtectOptions options, JarmorListener listener) {
    boolean renaming = Pipeline.selected(options).contains(Pipeline.Step.RENAME);
    Plan plan = renaming ? analysis.plan() : analysis.plan().withoutRenaming();
    return transform(Pipeline.passes(options, checks(analysis, options)), analysis, plan, new PassLog(), options,
        listener, EVERY_PASS);
  }

  /**
   * The passes run again, as verification asks to find the one that broke a method; the program has the output's
   * names from renaming on.
   */
  private static Replay replay(Analysis analysis, Plan plan, ProtectOptions options) {
    return afterEach -> {
      boolean[] renamed = {false};
      transform(Pipeline.passes(options, checks(analysis, options)), analysis, plan, new PassLog(), options,
          JarmorListener.SILENT,
          (pass, program) -> afterEach.next(pass, program,
              renamed[0] |= pass.equals(Pipeline.Step.RENAME.switchName())));
    };
  }

  /** What the passes did, by original names; at level 0, for a report, what every pass would do. */
  private static PassSummary summary(Analysis analysis, Transformed run, ProtectOptions options) {
    PassLog log = run.log();
    Plan plan = run.plan();
    if (Pipeline.selected(options).isEmpty() && wantsReport(options)) {
      // the classes stay as they came; the report says what each pass would change in them
      log = new PassLog();
      plan = analysis.plan();
      transform(Pipeline.passes(Pipeline.steps(), checks(analysis, options)), analysis, plan, log, options,
          JarmorListener.SILENT, EVERY_PASS);
    }
    return PassSummary.of(options.level(), Pipeline.selected(options), options.languageOptions(), log, plan);
  }

  /**
   * The program after the passes, in order, for as long as {@code afterEach} (given each pass's name and
   * result) says to go on: a replay that looks for the pass that broke a method stops there. The output model is
   * built once, as soon as the program has its output names, and handed to every pass from then on.
   */
  private static Transformed transform(List<Pass> passes, Analysis analysis, Plan plan, PassLog log,
      ProtectOptions options, JarmorListener listener, BiPredicate<String, Program> afterEach) {
    List<String> excludes = new ArrayList<>(options.excludePatterns());
    excludes.addAll(analysis.excludePatterns());
    PassContext context = new PassContext(plan, analysis.seed(),
        new PassScope(options.includePatterns(), excludes), null, null,
        new RuntimeLibrary(outputPackages(analysis, plan), analysis.seed()),
        analysis.checks() == null ? DecryptionChecks.NONE : analysis.checks().decryptionChecks(), log,
        new PassContext.Choices(options.keepLines(), options.sourceFileName(), options.languageOptions(),
            options.level() == Pipeline.MAX_LEVEL, hotMethods(options, listener)));
    boolean measure = passes.stream().anyMatch(pass -> pass instanceof CodePass code && code.keepsJitLimits());
    Program output = analysis.program();
    for (Pass pass : passes) {
      if (context.model() == null && !pass.beforeOutputNames()) {
        context = context.with(outputModel(output, analysis, plan, measure));
      }
      listener.stage(pass.name(), output.classes().size());
      output = pass.apply(output, context);
      if (!afterEach.test(pass.name(), output)) {
        break;
      }
    }
    return new Transformed(output, plan, context.model(), log);
  }

  /** The methods level 4 spares, from {@code --hot}; none at another level, where the profile changes nothing. */
  private static HotMethods hotMethods(ProtectOptions options, JarmorListener listener) {
    if (options.hotProfile() == null) {
      return HotMethods.NONE;
    }
    if (options.level() != Pipeline.MAX_LEVEL) {
      listener.warning("--hot spares methods at level " + Pipeline.MAX_LEVEL + " only: " + options.hotProfile()
          .getFileName() + " changes nothing at level " + options.level());
      return HotMethods.NONE;
    }
    return HotMethods.read(options.hotProfile());
  }

  /** The model of the program as renaming leaves it, its library classes those the input's hierarchy read. */
  private static OutputModel outputModel(Program renamed, Analysis analysis, Plan plan, boolean measure) {
    return OutputModel.of(renamed, plan, analysis.hierarchy().libraryClasses(), measure);
  }

  /** The pass that weaves the licence check and the guards in, or null for a program without either. */
  private static Pass checks(Analysis analysis, ProtectOptions options) {
    return analysis.checks() == null ? null : new CheckWeavingPass(analysis.checks(), options.libraryMode());
  }

  /** Every package the program's classes and the libraries occupy, as internal names. */
  private static Set<String> packages(Program program, LibraryPath libraries) {
    Set<String> packages = new TreeSet<>(libraries.packages());
    for (String name : program.classes().keySet()) {
      packages.add(name.lastIndexOf('/') < 0 ? "" : name.substring(0, name.lastIndexOf('/')));
    }
    return packages;
  }

  /** Every package the output's classes and the libraries occupy, as internal names. */
  private static Set<String> outputPackages(Analysis analysis, Plan plan) {
    Set<String> packages = new TreeSet<>(analysis.libraries().packages());
    for (String name : analysis.program().classes().keySet()) {
      String renamed = plan.className(name);
      packages.add(renamed.lastIndexOf('/') < 0 ? "" : renamed.substring(0, renamed.lastIndexOf('/')));
    }
    return packages;
  }

  /**
   * Links every output class in a fresh JVM, and the input's version of each that does not link, to tell what
   * protection broke from what the class path lacks. A Spring Boot jar's or a WAR's classes are not at the top of
   * the jar, so each JVM gets the class path the launcher would build, written out for the purpose.
   */
  private static void verifyLoad(Program input, Program output, Path jar, ProtectOptions options,
      UnaryOperator<String> originalName, JarmorListener listener) {
    if (output.layout().kind() == Layout.Kind.JAR) {
      LoadVerifier.verify(javaLauncher(options), jar, options.inputs(), options.libraries(), originalName,
          listener::warning);
      return;
    }
    try (ClassPathView outputView = ClassPathView.of(output); ClassPathView inputView = ClassPathView.of(input)) {
      List<String> libraries = new ArrayList<>(outputView.libraries().stream().map(Path::toString).toList());
      libraries.addAll(options.libraries());
      LoadVerifier.verify(javaLauncher(options), outputView.classes(), List.of(inputView.classes()), libraries,
          originalName, listener::warning);
    }
  }

  private static Path javaLauncher(ProtectOptions options) {
    Path home = options.jdk() != null ? options.jdk() : Path.of(System.getProperty("java.home"));
    return home.resolve("bin").resolve(System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
  }

  /** How the program's own consumer rule files are cited: by the input's file name when there is one input. */
  private static String programName(ProtectOptions options) {
    return options.inputs().size() == 1 ? options.inputs().get(0).getFileName().toString() : "the program";
  }

  /** @param quiet the presets' and consumer rules, which may keep nothing without a warning */
  private static List<Boundary> boundaries(ProtectOptions options, RuleSet quiet, RuleSet rules,
      JarmorListener listener) {
    List<Boundary> boundaries = new ArrayList<>(
        Boundaries.builtIn(new WireScope(options.wire(), options.wireOpenPatterns())));
    RuleSet all = quiet.plus(rules);
    if (!all.rules().isEmpty() || !all.warnings().isEmpty()) {
      all.warnings().forEach(listener::warning);
      boundaries.add(new RuleBoundary(quiet, rules));
    }
    if (!options.keepPatterns().isEmpty()) {
      boundaries.add(new KeepPatternBoundary(options.keepPatterns()));
    }
    if (options.libraryMode()) {
      boundaries.add(new LibraryModeBoundary());
    }
    return boundaries;
  }

  private static Planner.Naming naming(ProtectOptions options, long seed, LibraryPath libraries, Hierarchy hierarchy) {
    NameGenerator generator = options.names() instanceof ProtectOptions.Names.Dictionary d
        ? DictionaryNames.read(d.file(), seed)
        : options.names() instanceof ProtectOptions.Names.Keywords ? new KeywordNames(seed) : new ShortNames(seed);
    Set<String> reserved = new TreeSet<>(libraries.packages());
    PriorNames prior = options.applyMapping() == null ? PriorNames.NONE
        : new MappingPriorNames(MappingParser.parse(options.applyMapping()));
    return new Planner.Naming(generator, options.repackage(), prior, reserved);
  }

  private static void checkInputs(ProtectOptions options) {
    if (options.inputs().isEmpty()) {
      throw JarmorException.usage("no input given");
    }
    for (Path input : options.inputs()) {
      if (!Files.exists(input)) {
        throw JarmorException.input("input not found", input.toString());
      }
      if (options.output() != null && Files.exists(options.output()) && isSameFile(input, options.output())) {
        throw JarmorException.usage("the output must not be one of the inputs: " + input);
      }
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
