package dev.jarmor.rules;

import dev.jarmor.JarmorException;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;
import dev.jarmor.input.Resource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The keep rules that the program's jars and its libraries ship for their consumers, under the paths
 * {@link ConsumerRuleFiles} selects: a library knows which of its own classes and which of its users' it finds by
 * name, so its rules apply where it is part of the program or a library of it, as R8 applies them.
 *
 * <p>Each rule names its origin, {@code lib.jar!/META-INF/proguard/lib.pro:12}, in reasons. The user did not write
 * these files, so nothing in them stops jarmor: a file that does not parse is one warning naming it and is left
 * out, and what the file says that jarmor does not act on is not warned of, as a preset's is not (a library's rules
 * cover more than one program uses). Its {@code -dontwarn} and {@code -dontnote} silence as a user's would.
 */
public final class ConsumerRules {

  private ConsumerRules() {}

  /**
   * The rules of the program's own files, then of each library in class path order; each jar's files by path.
   *
   * @param programName how the program's own files are cited: the input's file name
   * @param warnings where a file that does not parse is reported
   */
  public static RuleSet read(Program program, String programName, LibraryPath libraries, Consumer<String> warnings) {
    List<LibraryPath.LibraryFiles> jars = new ArrayList<>(programFiles(program, programName));
    jars.addAll(libraries.metaInfFiles(ConsumerRuleFiles::candidate));
    RuleSet rules = RuleSet.EMPTY;
    for (LibraryPath.LibraryFiles jar : jars) {
      for (String path : ConsumerRuleFiles.select(jar.files().keySet())) {
        rules = rules.plus(parse(jar.library() + "!/" + path, jar.files().get(path), warnings));
      }
    }
    return rules;
  }

  /** The program's candidate files grouped by the jar they came from: the input, or a {@code --program-lib} jar. */
  private static List<LibraryPath.LibraryFiles> programFiles(Program program, String programName) {
    SortedMap<String, SortedMap<String, byte[]>> byJar = new TreeMap<>();
    for (Resource resource : program.resources().values()) {
      if (ConsumerRuleFiles.candidate(resource.path())) {
        String jar = resource.container().isEmpty() ? programName : resource.container();
        byJar.computeIfAbsent(jar, j -> new TreeMap<>()).put(resource.path(), resource.data());
      }
    }
    return byJar.entrySet().stream().map(e -> new LibraryPath.LibraryFiles(e.getKey(), e.getValue())).toList();
  }

  private static RuleSet parse(String origin, byte[] data, Consumer<String> warnings) {
    try {
      RuleSet parsed = RuleParser.parseShipped(new String(data, StandardCharsets.UTF_8), origin);
      return new RuleSet(parsed.rules(), parsed.silencedNotes(), parsed.silencedWarnings(), parsed.excludePatterns(),
          List.of());
    } catch (JarmorException e) {
      warnings.accept(e.getMessage() + "; a jar's consumer rules, this file left out");
      return RuleSet.EMPTY;
    }
  }
}
