package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Target;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protect options that change names: each is applied and the program still runs the same. */
class OptionsTest {

  @TempDir Path temp;
  /** The program, which no test changes, and what it prints: compiled and run once for every test. */
  private static Path classes;
  private static String expected;

  @BeforeAll
  static void compileAndRunTheOriginal(@TempDir Path work) throws Exception {
    classes = Programs.compile("java8", 8, work.resolve("classes"));
    expected = JavaRunner.output(List.of(classes), "app.Main");
  }

  private Path protect(ProtectOptions.Builder options) throws Exception {
    Path out = temp.resolve("out-" + System.nanoTime() + ".jar");
    Jarmor.protect(options.input(classes).output(out).build(), JarmorListener.SILENT);
    assertThat(JavaRunner.output(List.of(out), "app.Main")).isEqualTo(expected);
    return out;
  }

  private static List<String> classEntries(Path jar) throws Exception {
    return Jars.names(jar).stream().filter(n -> n.endsWith(".class")).toList();
  }

  @Test
  void repackageMovesEveryRenamedClassIntoOnePackage() throws Exception {
    Path out = protect(ProtectOptions.builder().repackage("z.q").wire(ProtectOptions.Wire.CLOSED));
    assertThat(classEntries(out)).allMatch(n -> n.startsWith("app/") && !n.startsWith("app/model")
        && !n.startsWith("app/util") || n.startsWith("z/q/") && n.indexOf('/', 4) < 0);
    assertThat(classEntries(out)).anyMatch(n -> n.startsWith("z/q/"));
  }

  @Test
  void dictionaryNamesComeFromTheFile() throws Exception {
    Path words = Files.writeString(temp.resolve("words.txt"), "# names\nalpha\nbravo\ncharlie\ndelta\necho\n");
    Path out = protect(ProtectOptions.builder().names(new ProtectOptions.Names.Dictionary(words))
        .wire(ProtectOptions.Wire.CLOSED));
    List<String> renamed = classEntries(out).stream().filter(n -> !n.startsWith("app/")).toList();
    String word = "(alpha|bravo|charlie|delta|echo)\\d*";
    // nested classes: Outer$word (member), Outer$1word (local), Outer$1 (anonymous)
    assertThat(renamed).isNotEmpty().allMatch(n -> n.matches(word + "/(" + word + "|package-info)(\\$\\d*(" + word
        + ")?)*\\.class"));
    assertThat(renamed).anyMatch(n -> n.contains("$"));
  }

  @Test
  void keepPatternsKeepClassesAndMembers() throws Exception {
    Path out = protect(ProtectOptions.builder().keep("app.model.*").keep("app.util.Box"));
    assertThat(classEntries(out)).contains("app/model/Dog.class", "app/model/Animal.class", "app/util/Box.class")
        .doesNotContain("app/util/Registry.class", "app/util/Box$Mapper.class");
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).keep("app.util.Box").build(),
        JarmorListener.SILENT)) {
      assertThat(analysis.plan().methodName("app/util/Box", "describe", "()Ljava/lang/String;")).isEqualTo("describe");
      assertThat(analysis.plan().keeps().get(Target.ofClass("app/util/Box")).get(0).text()).isEqualTo("--keep app.util.Box");
    }
  }

  @Test
  void libraryModeKeepsThePublicApiOnly() throws Exception {
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).libraryMode(true).build(),
        JarmorListener.SILENT)) {
      assertThat(analysis.plan().className("app/util/Registry")).isEqualTo("app/util/Registry");
      assertThat(analysis.plan().methodName("app/util/Registry", "register", "(Ljava/lang/String;I)V")).isEqualTo("register");
      assertThat(analysis.plan().className("app/util/Parent")).isNotEqualTo("app/util/Parent").startsWith("app/util/");
      assertThat(analysis.plan().fieldName("app/util/Registry", "entries", "Ljava/util/List;")).isNotEqualTo("entries");
    }
    protect(ProtectOptions.builder().libraryMode(true));
  }

  @Test
  void libraryModeKeepsWhatAPublicClassInheritsFromAHiddenOne() throws Exception {
    Path lib = dev.jarmor.testing.Compiler.compile(Map.of(
        "lib.Base", "package lib; abstract class Base { public int count; protected void grow() {} void hidden() {} }",
        "lib.Api", "package lib; public class Api extends Base { private int secret; }"), 8, temp.resolve("lib"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(lib).libraryMode(true).build(),
        JarmorListener.SILENT)) {
      var plan = analysis.plan();
      assertThat(plan.fieldName("lib/Api", "count", "I")).isEqualTo("count");
      assertThat(plan.methodName("lib/Api", "grow", "()V")).isEqualTo("grow");
      assertThat(plan.keeps().get(Target.ofField("lib/Base", "count", "I")).get(0).text())
          .isEqualTo("--library-mode: public API field, inherited by lib.Api");
      assertThat(plan.methodName("lib/Base", "hidden", "()V")).isNotEqualTo("hidden");
      assertThat(plan.fieldName("lib/Api", "secret", "I")).isNotEqualTo("secret");
      assertThat(plan.className("lib/Base")).isNotEqualTo("lib/Base");
    }
  }

  @Test
  void libraryModeKeepsThePublicApisStringConstantsConstant() throws Exception {
    Path lib = dev.jarmor.testing.Compiler.compile(Map.of(
        "lib.Api", "package lib; public class Api { public static final String NAME = \"api-name\";"
            + " static final String HIDDEN = \"hidden\"; public static String both() { return NAME + HIDDEN; } }",
        "lib.Internal", "package lib; class Internal { public static final String TEXT = \"internal\"; }"),
        8, temp.resolve("lib"));
    Path api = temp.resolve("api.jar");
    Jarmor.protect(ProtectOptions.builder().input(lib).output(api).level(2).libraryMode(true).build(),
        JarmorListener.SILENT);
    assertThat(constantValues(api)).as("the API's constant only").containsExactly("api-name");
    // what code compiled against the library does with a constant: switch on it
    dev.jarmor.testing.Compiler.compile(Map.of("user.Use", "package user; class Use { int of(String s) {"
        + " switch (s) { case lib.Api.NAME: return 1; default: return 0; } } }"), 8, temp.resolve("user"), api.toString());

    Path internals = temp.resolve("internals.jar");
    Jarmor.protect(ProtectOptions.builder().input(lib).output(internals).level(2).build(), JarmorListener.SILENT);
    assertThat(constantValues(internals)).as("without --library-mode every constant is encrypted").isEmpty();
  }

  /** The String ConstantValue attributes of every field in a jar. */
  private static List<Object> constantValues(Path jar) throws Exception {
    List<Object> values = new ArrayList<>();
    for (byte[] classFile : dev.jarmor.testing.ClassFiles.of(jar).values()) {
      dev.jarmor.testing.ClassFiles.node(classFile).fields.stream().map(f -> f.value).filter(String.class::isInstance)
          .forEach(values::add);
    }
    return values;
  }

  @Test
  void agentClassesNamedByTheManifestKeepTheirNamesAndEntryMethods() throws Exception {
    Path agent = dev.jarmor.testing.Compiler.compile(Map.of(
        "ag.Agent", "package ag; public class Agent { public static void premain(String a) {}"
            + " public static void agentmain(String a, java.lang.instrument.Instrumentation i) {} static void other() {} }"),
        8, temp.resolve("agent"));
    Map<String, byte[]> entries = Jars.entries(agent);
    Path jar = Jars.write(temp.resolve("agent.jar"), entries,
        Jars.manifest("Premain-Class", "ag.Agent", "Agent-Class", "ag.Agent"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(jar).build(), JarmorListener.SILENT)) {
      var plan = analysis.plan();
      assertThat(plan.className("ag/Agent")).isEqualTo("ag/Agent");
      assertThat(plan.methodName("ag/Agent", "premain", "(Ljava/lang/String;)V")).isEqualTo("premain");
      assertThat(plan.methodName("ag/Agent", "agentmain", "(Ljava/lang/String;Ljava/lang/instrument/Instrumentation;)V"))
          .isEqualTo("agentmain");
      assertThat(plan.methodName("ag/Agent", "other", "()V")).isNotEqualTo("other");
    }
  }

  @Test
  void seedChangesNamesAndTheDefaultSeedComesFromTheInput() throws Exception {
    Map<String, String> first = names(ProtectOptions.builder().seed(1L));
    assertThat(names(ProtectOptions.builder().seed(1L))).isEqualTo(first);
    assertThat(names(ProtectOptions.builder().seed(2L))).isNotEqualTo(first);
    assertThat(names(ProtectOptions.builder())).isEqualTo(names(ProtectOptions.builder()));
  }

  private Map<String, String> names(ProtectOptions.Builder options) {
    try (Analysis analysis = Jarmor.analyze(options.input(classes).build(), JarmorListener.SILENT)) {
      return new TreeMap<>(analysis.plan().classNames());
    }
  }

  @Test
  void signatureFilesAreDroppedWithAWarning() throws Exception {
    Manifest manifest = Jars.manifest("Main-Class", "app.Main");
    manifest.getEntries().computeIfAbsent("app/Main.class", k -> new java.util.jar.Attributes())
        .putValue("SHA-256-Digest", "abc=");
    Map<String, byte[]> entries = new TreeMap<>(Jars.entries(classes));
    entries.put("META-INF/SIGNER.SF", "Signature-Version: 1.0\n".getBytes());
    entries.put("META-INF/SIGNER.RSA", new byte[] {1, 2, 3});
    Path signed = Jars.write(temp.resolve("signed.jar"), entries, manifest);
    Path out = temp.resolve("out.jar");
    List<String> warnings = new ArrayList<>();

    Jarmor.protect(ProtectOptions.builder().input(signed).output(out).build(), new JarmorListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    });

    assertThat(warnings).anyMatch(w -> w.contains("signature files") && w.contains("signed.jar"));
    assertThat(Jars.names(out)).noneMatch(n -> n.endsWith(".SF") || n.endsWith(".RSA"));
    try (JarFile jar = new JarFile(out.toFile())) {
      assertThat(jar.getManifest().getEntries()).isEmpty();
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("app.Main");
    }
    assertThat(JavaRunner.output(List.of(out), "app.Main")).isEqualTo(expected);
  }

  @Test
  void everyKeptNameHasAReadableReason() throws Exception {
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      var keeps = analysis.plan().keeps();
      assertThat(keeps.get(Target.ofClass("app/Main")).get(0).text()).contains("main");
      assertThat(keeps.get(Target.ofMethod("app/model/Animal", "compareTo", "(Ljava/lang/Object;)I")).get(0).text())
          .contains("java.lang.Comparable.compareTo");
      assertThat(keeps.get(Target.ofMethod("app/model/Shape", "values", "()[Lapp/model/Shape;"))).isNotNull();
      assertThat(keeps.get(Target.ofField("app/model/Shape", "SQUARE", "Lapp/model/Shape;"))).isNotNull();
      assertThat(keeps.values()).allSatisfy(reasons -> assertThat(reasons).isNotEmpty());
    }
  }
}
