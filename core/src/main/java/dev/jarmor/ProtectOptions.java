package dev.jarmor;

import dev.jarmor.language.Languages;
import dev.jarmor.passes.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a protect or explain run is told by its user. Built with {@link #builder()}; every
 * option has the default the CLI documents. The values a user spells as text (the wire mode, how names are
 * spelled, the level) are parsed here, so that every front end (the CLI, the Maven plugin) takes and refuses
 * the same spellings with the same message.
 */
public final class ProtectOptions {

  /** How new names are spelled. */
  public sealed interface Names {
    /** {@code a, b, ... aa, ab, ...}. */
    record Short() implements Names {}

    /** Words from a file, one per line. */
    record Dictionary(Path file) implements Names {}

    /** Java's reserved words, then names beginning with a digit: legal in class files, not in Java source. */
    record Keywords() implements Names {}

    /** {@code short}, {@code keywords} or {@code dictionary:<file>}; anything else is a usage error (exit 2). */
    static Names parse(String text) {
      if (text.equals("short")) {
        return new Short();
      }
      if (text.equals("keywords")) {
        return new Keywords();
      }
      if (text.startsWith(DICTIONARY) && text.length() > DICTIONARY.length()) {
        return new Dictionary(Path.of(text.substring(DICTIONARY.length())));
      }
      throw JarmorException.usage("--names takes short, keywords or dictionary:<file>, not '" + text + "'");
    }
  }

  private static final String DICTIONARY = "dictionary:";

  /**
   * Who reads what the program writes. OPEN (the default): unprotected builds and other programs may
   * read the protected program's serialized streams and the reverse, so the names in a stream stay.
   * CLOSED: every peer runs this same protected build, so those names may change.
   */
  public enum Wire {
    OPEN, CLOSED;

    /** {@code open} or {@code closed}; anything else is a usage error (exit 2). */
    public static Wire parse(String text) {
      return switch (text) {
        case "open" -> OPEN;
        case "closed" -> CLOSED;
        default -> throw JarmorException.usage("--wire takes open or closed, not '" + text + "'");
      };
    }
  }

  /**
   * {@code --license}: the protected program runs only with a licence its vendor signed.
   *
   * @param keyFile the vendor's public key file ({@code jarmor license keygen} writes it), or its private key file,
   *     which also binds encrypted code to licences and signs the tamper guard's seal
   * @param name what the customer sees in the lookup names ({@code <name>.lic}, {@code <NAME>_LICENSE}) and in
   *     every message
   * @param product the product a licence must name, or null for any
   * @param onError what a failed check does
   */
  public record Licensing(Path keyFile, String name, String product, OnError onError) {

    /** The name when the vendor gives none. */
    public static final String DEFAULT_NAME = "jarmor";

    public Licensing {
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw JarmorException.usage("--license-name takes letters, digits, '.', '_' and '-', not '" + name + "'");
      }
      if (product != null && (product.isBlank() || product.strip().length() != product.length())) {
        throw JarmorException.usage("--license-product takes a name without surrounding spaces, not '" + product + "'");
      }
    }

    /** What a failed licence check does: print its line and exit, or throw the licence API's exception. */
    public enum OnError {
      EXIT, THROW;

      /** {@code exit} or {@code throw}; anything else is a usage error (exit 2). */
      public static OnError parse(String text) {
        return switch (text) {
          case "exit" -> EXIT;
          case "throw" -> THROW;
          default -> throw JarmorException.usage("--on-license-error takes exit or throw, not '" + text + "'");
        };
      }
    }
  }

  /**
   * {@code --guard}: the protected program refuses to run under a debugger or an agent.
   *
   * @param guards {@code debugger}, {@code agents}, {@code tamper}
   * @param allowedAgents globs over the file names of the agents the vendor allows ({@code --guard-allow-agent})
   * @param onGuard {@code exit}, {@code throw} or {@code callback}
   * @param callback the program's static method {@code <class>.<method>} taking the guard's line, or null
   * @param name what the customer sees in the guards' lines
   */
  public record Guarding(List<String> guards, List<String> allowedAgents, String onGuard, String callback,
      String name) {

    /** The guards there are. */
    public static final List<String> GUARDS = List.of("debugger", "agents", "tamper");
    private static final String IDENTIFIER = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
    /** A static method as {@code --on-guard} names it: {@code <class>.<method>}, the class's binary name. */
    private static final String METHOD_NAME = IDENTIFIER + "([.$]" + IDENTIFIER + ")*\\." + IDENTIFIER;

    public Guarding {
      guards = List.copyOf(guards);
      allowedAgents = List.copyOf(allowedAgents);
      for (String guard : guards) {
        if (!GUARDS.contains(guard)) {
          throw JarmorException.usage("--guard takes " + String.join(", ", GUARDS) + ", not '" + guard + "'");
        }
      }
    }

    /** {@code --on-guard}: {@code exit}, {@code throw} or a program's static method {@code <class>.<method>}. */
    public static Guarding of(List<String> guards, List<String> allowedAgents, String onGuard, String name) {
      if (onGuard.equals("exit") || onGuard.equals("throw")) {
        return new Guarding(guards, allowedAgents, onGuard, null, name);
      }
      if (!onGuard.matches(METHOD_NAME)) {
        throw JarmorException.usage("--on-guard takes exit, throw or <class>.<method>, not '" + onGuard + "'");
      }
      return new Guarding(guards, allowedAgents, "callback", onGuard, name);
    }
  }

  private final List<Path> inputs;
  private final List<String> programLibs;
  private final Path output;
  private final List<String> libraries;
  private final Path jdk;
  private final Long seed;
  private final Names names;
  private final String repackage;
  private final List<String> keepPatterns;
  private final boolean libraryMode;
  private final List<Path> ruleFiles;
  private final boolean consumerRules;
  private final List<String> presets;
  private final Path mappingOut;
  private final Path applyMapping;
  private final Path reportOut;
  private final Path htmlReportOut;
  private final boolean verifyLoad;
  private final boolean strictClasspath;
  private final Wire wire;
  private final List<String> wireOpenPatterns;
  private final int level;
  private final SortedMap<String, Boolean> passSwitches;
  private final List<String> includePatterns;
  private final List<String> excludePatterns;
  private final boolean keepLines;
  private final String sourceFileName;
  private final Path hotProfile;
  private final SortedMap<String, String> languageOptions;
  private final Licensing licensing;
  private final Guarding guarding;

  /** What a protected class's SourceFile attribute says when debug names are removed, unless the user says otherwise. */
  public static final String DEFAULT_SOURCE_FILE_NAME = "SourceFile";

  /** The protection level when none is given: renaming only, until the code passes have earned the default. */
  public static final int DEFAULT_LEVEL = 1;

  private ProtectOptions(Builder b) {
    inputs = List.copyOf(b.inputs);
    programLibs = List.copyOf(b.programLibs);
    output = b.output;
    libraries = List.copyOf(b.libraries);
    jdk = b.jdk;
    seed = b.seed;
    names = b.names;
    repackage = b.repackage == null ? null : b.repackage.replace('.', '/');
    keepPatterns = List.copyOf(b.keepPatterns);
    libraryMode = b.libraryMode;
    consumerRules = b.consumerRules;
    ruleFiles = List.copyOf(b.ruleFiles);
    presets = List.copyOf(b.presets);
    mappingOut = b.mappingOut;
    applyMapping = b.applyMapping;
    reportOut = b.reportOut;
    htmlReportOut = b.htmlReportOut;
    verifyLoad = b.verifyLoad;
    strictClasspath = b.strictClasspath;
    wire = b.wire;
    wireOpenPatterns = List.copyOf(b.wireOpenPatterns);
    level = b.level;
    passSwitches = Collections.unmodifiableSortedMap(new TreeMap<>(b.passSwitches));
    includePatterns = List.copyOf(b.includePatterns);
    excludePatterns = List.copyOf(b.excludePatterns);
    keepLines = b.keepLines;
    sourceFileName = b.sourceFileName;
    hotProfile = b.hotProfile;
    languageOptions = Collections.unmodifiableSortedMap(new TreeMap<>(b.languageOptions));
    licensing = b.licensing;
    guarding = b.guarding;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A level as a user spells it, {@code 0} to {@link Pipeline#MAX_LEVEL}; anything else is a usage error (exit 2). */
  public static int parseLevel(String text) {
    String digits = text.strip();
    if (!digits.matches("\\d{1,2}") || Integer.parseInt(digits) > Pipeline.MAX_LEVEL) {
      throw JarmorException.usage("--level takes 0 to " + Pipeline.MAX_LEVEL + ", not " + text);
    }
    return Integer.parseInt(digits);
  }

  /**
   * A builder holding every one of these options, to derive others from them: the check protects one program
   * at several levels and wire modes, each with its own output.
   */
  public Builder toBuilder() {
    Builder b = builder().inputs(inputs).output(output).jdk(jdk).seed(seed).names(names)
        .repackage(repackage == null ? null : repackage.replace('/', '.')).libraryMode(libraryMode)
        .consumerRules(consumerRules).mapping(mappingOut).applyMapping(applyMapping).report(reportOut)
        .htmlReport(htmlReportOut).verifyLoad(verifyLoad).strictClasspath(strictClasspath).wire(wire)
        .level(level).keepLines(keepLines).sourceFileName(sourceFileName).hot(hotProfile).licensing(licensing)
        .guarding(guarding);
    programLibs.forEach(b::programLib);
    libraries.forEach(b::library);
    keepPatterns.forEach(b::keep);
    ruleFiles.forEach(b::rules);
    presets.forEach(b::preset);
    wireOpenPatterns.forEach(b::wireOpen);
    passSwitches.forEach(b::pass);
    includePatterns.forEach(b::include);
    excludePatterns.forEach(b::exclude);
    languageOptions.forEach(b::languageOption);
    return b;
  }

  public List<Path> inputs() {
    return inputs;
  }

  /**
   * The nested jars of a Spring Boot jar or WAR input that are the user's own code, protected with the
   * program ({@code --program-lib}): globs over their paths in the archive, or over their file names.
   */
  public List<String> programLibs() {
    return programLibs;
  }

  /** The jar to write; null for explain. */
  public Path output() {
    return output;
  }

  /** {@code --lib} values, each possibly a path-separator-joined list. */
  public List<String> libraries() {
    return libraries;
  }

  /** The JDK whose classes the program runs against; null for the running JDK. */
  public Path jdk() {
    return jdk;
  }

  /** The seed for names; null to derive it from the input's content. */
  public Long seed() {
    return seed;
  }

  public Names names() {
    return names;
  }

  /** The package all renamed classes move to, as an internal name; null to rename packages one by one. */
  public String repackage() {
    return repackage;
  }

  public List<String> keepPatterns() {
    return keepPatterns;
  }

  public boolean libraryMode() {
    return libraryMode;
  }

  public List<Path> ruleFiles() {
    return ruleFiles;
  }

  /** Whether the keep rules the program's jars and libraries ship under {@code META-INF} apply. */
  public boolean consumerRules() {
    return consumerRules;
  }

  /** Names of the shipped rule files to apply ({@link dev.jarmor.rules.Presets}), before the rule files. */
  public List<String> presets() {
    return presets;
  }

  public Path mappingOut() {
    return mappingOut;
  }

  public Path applyMapping() {
    return applyMapping;
  }

  /** Where to write the JSON report ({@link dev.jarmor.report.JsonReport}), or null. */
  public Path reportOut() {
    return reportOut;
  }

  /**
   * Where to write the HTML report ({@link dev.jarmor.report.HtmlReport}): the JSON report's data as a page to open
   * in a browser; null for none. Independent of {@link #reportOut()}.
   */
  public Path htmlReportOut() {
    return htmlReportOut;
  }

  public boolean verifyLoad() {
    return verifyLoad;
  }

  /**
   * Whether a supertype missing from the program, its libraries and the JDK stops the run ({@code
   * --strict-classpath}); by default it is a warning, and the names it may need stay.
   */
  public boolean strictClasspath() {
    return strictClasspath;
  }

  public Wire wire() {
    return wire;
  }

  /** Classes that stay wire-open inside a closed build ({@code --wire-open}). */
  public List<String> wireOpenPatterns() {
    return wireOpenPatterns;
  }

  /**
   * 0: analysis and verification only; 1: renaming; 2: 1 + strings, numbers, debug info;
   * 3: 2 + control flow and references ({@link dev.jarmor.passes.Pipeline}).
   */
  public int level() {
    return level;
  }

  /** Passes switched on or off by name, whatever the level says ({@code --strings}, {@code --no-flow}). */
  public SortedMap<String, Boolean> passSwitches() {
    return passSwitches;
  }

  /** Classes the code passes are limited to, as class patterns, each optionally prefixed by a pass name and ':'. */
  public List<String> includePatterns() {
    return includePatterns;
  }

  /** Classes the code passes leave alone, in the form of {@link #includePatterns()}. */
  public List<String> excludePatterns() {
    return excludePatterns;
  }

  /** Whether line numbers stay (remapped, and recorded in the mapping) when debug information is removed. */
  public boolean keepLines() {
    return keepLines;
  }

  /**
   * The SourceFile attribute of every class whose debug names are removed ({@code --source-file-name}): a
   * stack trace prints line numbers only beside a file name, and this one names nothing of the source.
   */
  public String sourceFileName() {
    return sourceFileName;
  }

  /**
   * The profile naming the methods level 4 spares ({@code --hot}): a JFR recording or a list of methods
   * ({@link dev.jarmor.profile.HotMethods}); null for none.
   */
  public Path hotProfile() {
    return hotProfile;
  }

  /**
   * Options of an installed language's support, by name ({@code kotlin-data-names} to {@code renamed}): core
   * carries them to the language unread, and {@link dev.jarmor.language.Languages#check} refuses a name no
   * installed language declares or a value it does not take. Holds only what the user gave.
   */
  public SortedMap<String, String> languageOptions() {
    return languageOptions;
  }

  /** {@code --license} and its companions, or null for a program that runs without a licence. */
  public Licensing licensing() {
    return licensing;
  }

  /** {@code --guard} and its companions, or null for a program without guards. */
  public Guarding guarding() {
    return guarding;
  }

  /**
   * Collects options. A package name for {@link #repackage} and a language option are checked as they come (exit
   * 2), so that a check refuses them before it runs the original; {@link #build()} checks nothing beyond that and
   * what the engine checks when it runs.
   */
  public static final class Builder {
    private static final String PACKAGE_NAME =
        "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*";
    private final List<Path> inputs = new ArrayList<>();
    private final List<String> programLibs = new ArrayList<>();
    private Path output;
    private final List<String> libraries = new ArrayList<>();
    private Path jdk;
    private Long seed;
    private Names names = new Names.Short();
    private String repackage;
    private final List<String> keepPatterns = new ArrayList<>();
    private boolean libraryMode;
    private boolean consumerRules = true;
    private final List<Path> ruleFiles = new ArrayList<>();
    private final List<String> presets = new ArrayList<>();
    private Path mappingOut;
    private Path applyMapping;
    private Path reportOut;
    private Path htmlReportOut;
    private boolean verifyLoad;
    private boolean strictClasspath;
    private Wire wire = Wire.OPEN;
    private final List<String> wireOpenPatterns = new ArrayList<>();
    private int level = DEFAULT_LEVEL;
    private final Map<String, Boolean> passSwitches = new HashMap<>();
    private final List<String> includePatterns = new ArrayList<>();
    private final List<String> excludePatterns = new ArrayList<>();
    private boolean keepLines;
    private String sourceFileName = DEFAULT_SOURCE_FILE_NAME;
    private Path hotProfile;
    private final SortedMap<String, String> languageOptions = new TreeMap<>();
    private Licensing licensing;
    private Guarding guarding;

    public Builder licensing(Licensing value) {
      licensing = value;
      return this;
    }

    public Builder guarding(Guarding value) {
      guarding = value;
      return this;
    }

    /** An installed language's option ({@link Languages#check}: one no language declares is refused). */
    public Builder languageOption(String name, String value) {
      Languages.check(Map.of(name, value));
      languageOptions.put(name, value);
      return this;
    }

    public Builder sourceFileName(String value) {
      sourceFileName = value;
      return this;
    }

    public Builder level(int value) {
      level = value;
      return this;
    }

    public Builder pass(String name, boolean on) {
      passSwitches.put(name, on);
      return this;
    }

    /**
     * Switches a pass on or off whatever the level says, or, given {@code null} (an option the user left out),
     * leaves it to the level.
     */
    public Builder passIfGiven(String name, Boolean on) {
      return on == null ? this : pass(name, on);
    }

    /** Keeps source file, local variable and parameter names: the {@code debug-names} pass off. */
    public Builder keepDebugNames(boolean keep) {
      return keep ? pass("debug-names", false) : this;
    }

    public Builder include(String pattern) {
      includePatterns.add(pattern);
      return this;
    }

    public Builder exclude(String pattern) {
      excludePatterns.add(pattern);
      return this;
    }

    public Builder keepLines(boolean value) {
      keepLines = value;
      return this;
    }

    public Builder hot(Path profile) {
      hotProfile = profile;
      return this;
    }

    public Builder wire(Wire value) {
      wire = value;
      return this;
    }

    public Builder wireOpen(String pattern) {
      wireOpenPatterns.add(pattern);
      return this;
    }

    public Builder input(Path input) {
      inputs.add(input);
      return this;
    }

    public Builder inputs(List<Path> paths) {
      inputs.addAll(paths);
      return this;
    }

    public Builder programLib(String pattern) {
      programLibs.add(pattern);
      return this;
    }

    public Builder output(Path path) {
      output = path;
      return this;
    }

    public Builder library(String pathList) {
      libraries.add(pathList);
      return this;
    }

    public Builder jdk(Path javaHome) {
      jdk = javaHome;
      return this;
    }

    public Builder seed(Long value) {
      seed = value;
      return this;
    }

    public Builder names(Names value) {
      names = value;
      return this;
    }

    /** A package name such as {@code com.acme.internal}, or null to rename packages one by one. */
    public Builder repackage(String packageName) {
      if (packageName != null && !packageName.matches(PACKAGE_NAME)) {
        throw JarmorException.usage("--repackage needs a package name such as com.acme.internal, not '" + packageName
            + "'");
      }
      repackage = packageName;
      return this;
    }

    public Builder keep(String pattern) {
      keepPatterns.add(pattern);
      return this;
    }

    public Builder libraryMode(boolean value) {
      libraryMode = value;
      return this;
    }

    public Builder consumerRules(boolean value) {
      consumerRules = value;
      return this;
    }

    public Builder rules(Path file) {
      ruleFiles.add(file);
      return this;
    }

    public Builder preset(String name) {
      presets.add(name);
      return this;
    }

    public Builder mapping(Path file) {
      mappingOut = file;
      return this;
    }

    public Builder applyMapping(Path file) {
      applyMapping = file;
      return this;
    }

    public Builder report(Path file) {
      reportOut = file;
      return this;
    }

    public Builder htmlReport(Path file) {
      htmlReportOut = file;
      return this;
    }

    public Builder verifyLoad(boolean value) {
      verifyLoad = value;
      return this;
    }

    public Builder strictClasspath(boolean value) {
      strictClasspath = value;
      return this;
    }

    public ProtectOptions build() {
      return new ProtectOptions(this);
    }
  }
}
