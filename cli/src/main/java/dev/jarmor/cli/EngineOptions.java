package dev.jarmor.cli;

import dev.jarmor.ProtectOptions;
import dev.jarmor.kotlin.KotlinSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options protect, explain and check share: what the program is and how names are decided. */
final class EngineOptions {

  @Parameters(arity = "1..*", paramLabel = "<input>",
      description = "The program: jars or class folders, or one Spring Boot executable jar or WAR (protected in its"
          + " layout).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--program-lib", paramLabel = "<pattern>",
      description = "A nested jar of a Spring Boot jar or WAR input that is your own code: protected with the"
          + " program and written back in place. A glob over its path in the archive (BOOT-INF/lib/acme-*.jar) or"
          + " its file name (acme-*.jar). Repeatable.")
  List<String> programLibs = new ArrayList<>();

  @Option(names = "--lib", paramLabel = "<path>",
      description = "A library the program runs against (read, never changed or copied). Repeatable; may be a list"
          + " joined by the platform's path separator, like -cp.")
  List<String> libraries = new ArrayList<>();

  @Option(names = "--jdk", paramLabel = "<java.home>", description = "The JDK the program runs on (default: this one).")
  Path jdk;

  @Option(names = "--strict-classpath",
      description = "Stop (exit 3) when a supertype of a program class is in neither the program, a --lib nor the"
          + " JDK, instead of warning and keeping the names it may need.")
  boolean strictClasspath;

  @Option(names = "--seed", paramLabel = "<n>", description = "Seed for new names (default: derived from the input).")
  Long seed;

  @Option(names = "--names", paramLabel = "short|keywords|dictionary:<file>", defaultValue = "short",
      description = "How new names are spelled: short (a, b, ... aa), keywords (Java's reserved words, then names"
          + " beginning with a digit: decompiled source does not compile) or words from a file."
          + " Default: ${DEFAULT-VALUE}.")
  String names;

  @Option(names = "--repackage", paramLabel = "<package>", description = "Move every renamed class into this package.")
  String repackage;

  @Option(names = "--keep", paramLabel = "<pattern>",
      description = "Keep the names of matching classes and their members: com.acme.api.**, com.acme.*, com.acme.Boot.")
  List<String> keep = new ArrayList<>();

  @Option(names = "--library-mode", description = "Keep every public and protected class and member: protect a library's internals only.")
  boolean libraryMode;

  @Option(names = "--wire", paramLabel = "open|closed", defaultValue = "open",
      description = "open (default): serialized forms stay compatible with the unprotected build, so the names a"
          + " stream carries are kept; closed: every peer runs this protected build, so they may change. check also"
          + " takes both.")
  String wire;

  @Option(names = "--wire-open", paramLabel = "<pattern>",
      description = "Classes that stay wire-open inside a --wire closed build, with the classes their streams hold."
          + " Repeatable.")
  List<String> wireOpen = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "<file>", description = "Keep rules in ProGuard's syntax. Repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--no-consumer-rules",
      description = "Ignore the keep rules the program's jars and libraries ship under META-INF (proguard/,"
          + " com.android.tools/, jarmor/), and the presets of the frameworks among them (spring, picocli, log4j2,"
          + " mapstruct).")
  boolean noConsumerRules;

  @Option(names = "--preset", paramLabel = "<name>", split = ",",
      description = "Keep what a framework finds by annotation or convention: junit5, junit4, spring, jackson,"
          + " picocli, log4j2, mapstruct (jarmor presets shows what each keeps; spring, picocli, log4j2 and mapstruct"
          + " apply themselves where their framework is among the libraries). Repeatable.")
  List<String> presets = new ArrayList<>();

  @Option(names = "--apply-mapping", paramLabel = "<file>", description = "Reuse an earlier release's names (ProGuard mapping format).")
  Path applyMapping;

  @Option(names = "--level", paramLabel = "<0-4>", defaultValue = "1",
      description = "0: analyse and verify only, write the classes as they came; 1: rename; 2: 1 + encrypt strings,"
          + " mask numbers, remove debug information; 3: 2 + control flow and hidden references, within the JIT's"
          + " limits; 4: 3 at full strength on every method, small ones and loops included, but those --hot names."
          + " Default: ${DEFAULT-VALUE}.")
  int level;

  @Option(names = "--hot", paramLabel = "<profile>",
      description = "The methods level 4 spares, which keep level 3's treatment: a JFR recording of a representative"
          + " run or a folder of them (in each, the methods that take 99% of its execution samples, and those"
          + " below them on the stack) or a list of methods, a line each (com.acme.Parser.next), as jarmor check"
          + " --profile writes.")
  Path hot;

  @Option(names = "--rename", negatable = true, description = "Rename (level 1 and up), whatever the level says.")
  Boolean rename;

  @Option(names = "--strings", negatable = true, description = "Encrypt string constants (level 2 and up).")
  Boolean strings;

  @Option(names = "--numbers", negatable = true, description = "Mask integer and long constants (level 2 and up).")
  Boolean numbers;

  @Option(names = "--debug-info", negatable = true,
      description = "Reduce each method's line numbers to one, which retrace maps to the method (level 2 and up).")
  Boolean debugInfo;

  @Option(names = "--keep-debug-names",
      description = "Keep source file names, local variable and parameter names (removed from level 1 on).")
  boolean keepDebugNames;

  @Option(names = "--source-file-name", paramLabel = "<name>",
      description = "What the SourceFile attribute says where debug names are removed. Default: ${DEFAULT-VALUE}.",
      defaultValue = ProtectOptions.DEFAULT_SOURCE_FILE_NAME)
  String sourceFileName;

  @Option(names = "--references", negatable = true,
      description = "Route calls to program methods and common JDK methods through invokedynamic, their targets"
          + " encrypted (level 3 and up).")
  Boolean references;

  @Option(names = "--encrypt", arity = "0..1", fallbackValue = "", paramLabel = "<pattern>",
      description = "Encrypt method bodies, decrypted in memory at their first call (Java 15 or newer at run time):"
          + " of every class, or of those matching the pattern (com.acme.core.**). No level includes it.")
  String encrypt;

  @Option(names = "--flow", negatable = true,
      description = "Obfuscate control flow: opaque predicates, shuffled blocks, switch dispatch, bogus handlers"
          + " (level 3 and up).")
  Boolean flow;

  @Option(names = "--keep-lines",
      description = "When debug information is removed, keep every line number (moved, as at level 1, and recorded in"
          + " the mapping: retrace gives the original lines).")
  boolean keepLines;

  @Option(names = "--include", paramLabel = "[<pass>:]<pattern>",
      description = "Limit the code passes (or the one named) to matching classes, by original name. Repeatable.")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "[<pass>:]<pattern>",
      description = "Leave matching classes to the code passes (or the one named): com.acme.hot.**, flow:com.acme.Loop."
          + " Repeatable.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--" + KotlinSupport.DATA_NAMES, paramLabel = "original|renamed",
      description = "What a renamed Kotlin data class's generated toString() prints: original (default), the names"
          + " the unprotected program prints; renamed, the class's and its properties' new names, which give no"
          + " original name away.")
  String kotlinDataNames;

  @Option(names = "--report", paramLabel = "<file.json>",
      description = "Write what is kept and why, as JSON (check: the check's whole result).")
  Path report;

  @Option(names = "--report-html", paramLabel = "<file.html>",
      description = "Write the same report as one page to open in a browser: totals, passes, a searchable package"
          + " tree with every kept name and why (check: the matrix of levels and wire modes with its failures).")
  Path reportHtml;

  ProtectOptions.Builder toBuilder() {
    return withoutWire().wire(ProtectOptions.Wire.parse(wire));
  }

  /** Every option but the wire mode, which check takes as open, closed or both. */
  ProtectOptions.Builder withoutWire() {
    ProtectOptions.Builder builder = ProtectOptions.builder()
        .inputs(inputs).jdk(jdk).seed(seed).names(ProtectOptions.Names.parse(names)).repackage(repackage)
        .libraryMode(libraryMode).consumerRules(!noConsumerRules).applyMapping(applyMapping).report(report)
        .htmlReport(reportHtml).strictClasspath(strictClasspath);
    programLibs.forEach(builder::programLib);
    libraries.forEach(builder::library);
    keep.forEach(builder::keep);
    presets.forEach(builder::preset);
    rules.forEach(builder::rules);
    wireOpen.forEach(builder::wireOpen);
    builder.level(level).keepLines(keepLines).sourceFileName(sourceFileName).hot(hot);
    include.forEach(builder::include);
    exclude.forEach(builder::exclude);
    if (kotlinDataNames != null) {
      builder.languageOption(KotlinSupport.DATA_NAMES, kotlinDataNames);
    }
    if (encrypt != null && !encrypt.isEmpty()) {
      builder.include("encrypt:" + encrypt);
    }
    return builder.passIfGiven("rename", rename).passIfGiven("strings", strings).passIfGiven("numbers", numbers)
        .passIfGiven("debug-info", debugInfo).keepDebugNames(keepDebugNames).passIfGiven("references", references)
        .passIfGiven("flow", flow).passIfGiven("encrypt", encrypt == null ? null : true);
  }
}
