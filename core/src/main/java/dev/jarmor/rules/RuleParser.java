package dev.jarmor.rules;

import dev.jarmor.JarmorException;
import dev.jarmor.passes.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reader of ProGuard configuration files, which turns them into a {@link RuleSet}.
 *
 * <p>Supported: the six keep options with their modifiers, {@code -include} and {@code @file}
 * (relative to the including file's folder, or to the folder set by {@code -basedirectory} earlier in
 * that file), {@code -basedirectory}, {@code -dontnote [class filter]}, {@code -dontwarn [class filter]} (classes
 * missing from the classpath not to warn of), {@code -ignorewarnings} (go on past missing classes: what jarmor
 * does anyway, so it is read and changes nothing), comments and options spanning lines, and one option of
 * jarmor's own, {@code -exclude [pass:]pattern,...} (see {@link #EXCLUDE}). Every other
 * ProGuard or R8 option is skipped with a warning; {@code -if} is too, and the keep rule it guards then applies
 * unconditionally, which keeps more names than ProGuard would, never fewer. An option that is neither
 * ProGuard's nor R8's, a malformed rule, an unreadable or cyclic include are usage errors naming the
 * file and line.
 *
 * <p>Known limits: {@code <java.home>}-style system property references in file names are not expanded,
 * and back-references {@code <n>} match like wildcards (see {@link Wildcards}).
 */
public final class RuleParser {

  /** Options of ProGuard and R8 that jarmor reads past with a warning. */
  private static final Set<String> UNSUPPORTED = Set.of(
      // input and output
      "-injars", "-outjars", "-libraryjars", "-skipnonpubliclibraryclasses", "-dontskipnonpubliclibraryclasses",
      "-dontskipnonpubliclibraryclassmembers", "-keepdirectories", "-target", "-forceprocessing",
      // keeping, shrinking
      "-printseeds", "-dontshrink", "-printusage", "-whyareyoukeeping", "-checkdiscard",
      // optimization
      "-dontoptimize", "-optimizations", "-optimizationpasses", "-assumenosideeffects",
      "-assumenoexternalsideeffects", "-assumenoescapingparameters", "-assumenoexternalreturnvalues",
      "-assumevalues", "-assumemayhavesideeffects", "-allowaccessmodification", "-mergeinterfacesaggressively",
      "-optimizeaggressively", "-alwaysinline", "-neverinline", "-whyareyounotinlining", "-convertchecknotnull",
      "-maximumremovedandroidloglevel",
      // obfuscation
      "-dontobfuscate", "-printmapping", "-applymapping", "-obfuscationdictionary", "-classobfuscationdictionary",
      "-packageobfuscationdictionary", "-overloadaggressively", "-useuniqueclassmembernames",
      "-dontusemixedcaseclassnames", "-keeppackagenames", "-flattenpackagehierarchy", "-repackageclasses",
      "-keepattributes", "-keepparameternames", "-renamesourcefileattribute", "-adaptclassstrings",
      "-adaptresourcefilenames", "-adaptresourcefilecontents", "-identifiernamestring", "-adaptkotlinmetadata",
      // preverification and general
      "-dontpreverify", "-microedition", "-android", "-verbose",
      "-printconfiguration", "-dump", "-addconfigurationdebugging", "-keepkotlinmetadata",
      "-dontprocesskotlinmetadata");

  /**
   * jarmor's pass exclusion, the rule-file form of {@code --exclude}: {@code -exclude com.acme.hot.**} leaves
   * matching classes (by original name) to every code pass, {@code -exclude flow:com.acme.Loop,strings:com.acme.Keys}
   * to the one named, exactly as the command line's {@code --exclude [pass:]pattern} does, so that a rules file
   * (one {@code jarmor check --fix} writes) can say everything the command line can. ProGuard changes no code and
   * has no such option; neither ProGuard nor R8 has an option of that name, and it is the command line's word, so
   * one name means one thing wherever a user writes it. A pass name must be one of the code passes' switches:
   * renaming and line numbers take no scope, so excluding a class from them would silently do nothing.
   */
  public static final String EXCLUDE = "-exclude";

  /** R8's keep modifiers that change more than names allow, read past with a warning so names stay. */
  private static final Set<String> UNSUPPORTED_MODIFIERS = Set.of("allowaccessmodification", "allowrepackage");

  private final List<KeepRule> rules = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private ClassFilter silencedNotes = ClassFilter.NONE;
  private ClassFilter silencedWarnings = ClassFilter.NONE;
  private final List<String> excludePatterns = new ArrayList<>();
  private final Deque<Path> including = new ArrayDeque<>();
  /** Whether the text comes from inside a jar, where an include names no file jarmor can read. */
  private final boolean shipped;

  private RuleParser() {
    this(false);
  }

  private RuleParser(boolean shipped) {
    this.shipped = shipped;
  }

  /**
   * Parses a rule file and the files it includes.
   *
   * @throws JarmorException of kind USAGE if a file cannot be read or a rule is malformed
   */
  public static RuleSet parse(Path file) {
    RuleParser parser = new RuleParser();
    parser.parseFile(file, null);
    return parser.result();
  }

  /** Parses several rule files, in order, into one set. */
  public static RuleSet parse(List<Path> files) {
    RuleParser parser = new RuleParser();
    files.forEach(file -> parser.parseFile(file, null));
    return parser.result();
  }

  /**
   * Parses rules given as text; {@code fileName} names them in rules, warnings and errors, and its
   * folder is where relative includes are looked up.
   */
  public static RuleSet parse(String text, String fileName) {
    RuleParser parser = new RuleParser();
    parser.parseText(text, fileName, folderOf(Path.of(fileName)));
    return parser.result();
  }

  /**
   * Parses a rule file a jar ships for its consumers ({@link ConsumerRules}); {@code origin} names it,
   * {@code lib.jar!/META-INF/proguard/lib.pro}. Such a file includes nothing: its folder is inside a jar.
   *
   * @throws JarmorException of kind USAGE if a rule is malformed or the file includes another
   */
  public static RuleSet parseShipped(String text, String origin) {
    RuleParser parser = new RuleParser(true);
    parser.parseText(text, origin, Path.of(""));
    return parser.result();
  }

  private RuleSet result() {
    return new RuleSet(rules, silencedNotes, silencedWarnings, excludePatterns, warnings);
  }

  private static Path folderOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** Reads a file; {@code includedAt} is the error prefix of the -include that names it, or null. */
  private void parseFile(Path file, String includedAt) {
    String prefix = includedAt == null ? "" : includedAt + ": ";
    Path identity;
    String text;
    try {
      identity = file.toRealPath();
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw JarmorException.unreadable(prefix + "rule file", file, e);
    }
    if (including.contains(identity)) {
      throw JarmorException.usage(prefix + "rule file " + file + " includes itself: "
          + including.stream().map(Path::toString).collect(Collectors.joining(" -> ")) + " -> " + identity);
    }
    including.addLast(identity);
    parseText(text, file.toString(), folderOf(file));
    including.removeLast();
  }

  private void parseText(String text, String fileName, Path baseFolder) {
    TokenStream in = new TokenStream(Tokenizer.tokenize(text, fileName), fileName);
    Path base = baseFolder;
    while (!in.atEnd()) {
      Token option = in.next("an option");
      if (option.is("@")) {
        include(in, option, base);
      } else if (!option.startsOption()) {
        throw in.error(option, "expecting an option such as -keep, found '" + option.text() + "'");
      } else if (KeepRule.Kind.ofOption(option.text()) != null) {
        rules.add(keepRule(in, option));
      } else if (option.is("-include")) {
        include(in, option, base);
      } else if (option.is("-basedirectory")) {
        base = base.resolve(in.word("a folder after -basedirectory").text());
      } else if (option.is("-if")) {
        condition(in, option);
      } else if (option.is("-dontnote")) {
        silencedNotes = silencedNotes.plus(ClassFilter.of(classFilter(in)));
      } else if (option.is("-dontwarn")) {
        silencedWarnings = silencedWarnings.plus(ClassFilter.of(classFilter(in)));
      } else if (option.is("-ignorewarnings")) {
        // it asks to go on past missing classes, which jarmor does unless --strict-classpath says otherwise
      } else if (option.is(EXCLUDE)) {
        excludePatterns.addAll(exclusions(in, option));
      } else if (UNSUPPORTED.contains(option.text())) {
        skipArguments(in);
        warn(in, option, option.text() + " is not supported yet; ignored");
      } else {
        throw in.error(option, "unknown option " + option.text());
      }
    }
  }

  private void include(TokenStream in, Token option, Path base) {
    if (shipped) {
      throw in.error(option, option.text() + " in a jar's rules: the file it names is not read");
    }
    Token name = in.word("a file name after " + option.text());
    parseFile(base.resolve(name.text()), in.file() + ":" + option.line());
  }

  private KeepRule keepRule(TokenStream in, Token option) {
    KeepRule.Kind kind = KeepRule.Kind.ofOption(option.text());
    EnumSet<KeepRule.Modifier> modifiers = EnumSet.noneOf(KeepRule.Modifier.class);
    while (in.nextIs(",")) {
      in.next("','");
      Token word = in.word("a modifier after ','");
      KeepRule.Modifier modifier = KeepRule.Modifier.ofKeyword(word.text());
      if (modifier != null) {
        modifiers.add(modifier);
      } else if (UNSUPPORTED_MODIFIERS.contains(word.text())) {
        warn(in, word, "modifier " + word.text() + " of " + option.text() + " is not supported yet; ignored");
      } else {
        throw in.error(word, "unknown modifier '" + word.text() + "' of " + option.text());
      }
    }
    if (in.atEnd() || in.peek().startsOption() && !in.nextIs("@")) {
      throw in.error(option, "expecting a class specification after " + option.text());
    }
    ClassSpecification spec = new SpecificationParser(in).classSpecification();
    endOfOption(in);
    return new KeepRule(kind, modifiers, spec, in.file(), option.line());
  }

  /** The arguments of {@code -exclude} (see {@link #EXCLUDE}), checked. */
  private static List<String> exclusions(TokenStream in, Token option) {
    List<String> patterns = new ArrayList<>();
    do {
      if (!patterns.isEmpty()) {
        in.next("','");
      }
      if (in.atEnd() || in.peek().startsOption()) {
        throw in.error(in.atEnd() ? option : in.peek(), "expecting a [pass:]class pattern after " + option.text());
      }
      Token word = in.word("a [pass:]class pattern after " + option.text());
      int colon = word.text().indexOf(':');
      String pass = colon < 0 ? null : word.text().substring(0, colon);
      List<String> scoped = Pipeline.steps().stream().filter(Pipeline.Step::scoped).map(Pipeline.Step::switchName)
          .toList();
      if (pass != null && !scoped.contains(pass)) {
        throw in.error(word, "no code pass named '" + pass + "' in " + option.text() + "; code passes: "
            + String.join(", ", scoped));
      }
      if (word.text().substring(colon + 1).isEmpty()) {
        throw in.error(word, "expecting a class pattern after '" + word.text() + "'");
      }
      patterns.add(word.text());
    } while (in.nextIs(","));
    endOfOption(in);
    return patterns;
  }

  /** A ProGuard class filter, {@code !com.acme.Boot,com.acme.**}, up to the next option; empty if none. */
  private static List<String> classFilter(TokenStream in) {
    List<String> patterns = new ArrayList<>();
    while (!in.atEnd() && !in.peek().startsOption()) {
      boolean negated = in.nextIs("!");
      if (negated) {
        in.next("'!'");
      }
      patterns.add((negated ? "!" : "") + in.word("a class name pattern").text());
      if (!in.nextIs(",")) {
        break;
      }
      in.next("','");
    }
    return patterns;
  }

  /**
   * {@code -if} guards the keep rule after it. Both are still read in full, so that a malformed
   * condition is an error like any other.
   */
  private void condition(TokenStream in, Token option) {
    new SpecificationParser(in).classSpecification();
    endOfOption(in);
    Token next = in.peek();
    if (next == null || KeepRule.Kind.ofOption(next.text()) == null || next.quoted()) {
      throw in.error(next == null ? option : next, "-if must be followed by a keep option such as -keep");
    }
    warn(in, option, "-if is not supported yet; the keep rule after it applies unconditionally");
  }

  private static void endOfOption(TokenStream in) {
    Token next = in.peek();
    if (next != null && !next.startsOption()) {
      throw in.error(next, "unexpected '" + next.text() + "' after the class specification");
    }
  }

  /**
   * Skips an ignored option's arguments: everything up to the next option outside braces. A line
   * that starts with {@code @} outside braces is an include, as ProGuard reads it.
   */
  private static void skipArguments(TokenStream in) {
    int depth = 0;
    while (!in.atEnd()) {
      Token next = in.peek();
      if (depth == 0 && next.startsOption() && (!next.is("@") || next.firstOnLine())) {
        return;
      }
      if (next.is("{")) {
        depth++;
      } else if (next.is("}")) {
        depth = Math.max(0, depth - 1);
      }
      in.next("an argument");
    }
  }

  private void warn(TokenStream in, Token at, String message) {
    warnings.add(in.file() + ":" + at.line() + ": " + message);
  }
}
