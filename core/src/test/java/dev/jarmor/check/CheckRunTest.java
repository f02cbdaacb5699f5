package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectOptions.Wire;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.Programs;
import dev.jarmor.testing.ReportPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check on real child JVMs: a plugin named in a file outside the jar breaks renaming and the check says so,
 * retraced, until a rule keeps it; serialized data crosses between original and protected builds in open wire
 * mode; output compared after retracing and --ignore, files by content, exit statuses.
 */
class CheckRunTest {

  private static final String HOST = "{java} -cp {cp} com.acme.host.Main";

  @TempDir Path temp;

  private Path jar(String program) throws Exception {
    Path classes = Programs.compile(program, 17, temp.resolve(program + "-classes"));
    return Jars.write(temp.resolve(program + ".jar"), Jars.entries(classes), null);
  }

  private Path pluginFiles() throws Exception {
    Path files = Files.createDirectories(temp.resolve("files/config"));
    Files.writeString(files.resolve("plugin.properties"), "plugin=Greeter\n");
    return files.getParent();
  }

  private CheckOptions.Builder check(Path jar, String... commands) {
    return CheckOptions.builder().protect(ProtectOptions.builder().input(jar).seed(1L))
        .sequence(List.of(commands));
  }

  @Test
  void aPluginNamedInAFileOutsideTheJarFailsAtLevelOneWithTheOriginalNamesInItsTrace() throws Exception {
    CheckResult result = Check.run(check(jar("plugins"), HOST).files(pluginFiles()).levels("1").build(),
        CheckListener.SILENT);

    assertThat(result.passed()).isFalse();
    VariantResult variant = result.variants().get(0);
    assertThat(variant.variant()).isEqualTo(new Variant(1, Wire.OPEN));
    assertThat(variant.failingSequences()).containsExactly(0);
    List<Difference> differences = variant.sequences().get(0).differences();
    assertThat(differences.get(0).toString()).isEqualTo("command 1 exit status: 1, original 0");
    assertThat(differences.get(0).trace())
        .startsWith("Exception in thread \"main\" java.lang.ClassNotFoundException: com.acme.plugins.Greeter")
        .contains("at com.acme.host.PluginLoader.load(PluginLoader.java:")
        .contains("at com.acme.host.Main.main(Main.java:");
    assertThat(differences).extracting(Difference::where).contains("command 1 stdout line 1");
    assertThat(result.highestPassingLevel(Wire.OPEN)).isEmpty();
  }

  /** {@code --profile}: the original runs once more with JFR; its hot methods are written and level 4 spares them. */
  @Test
  void aProfileOfTheOriginalsRunNamesTheMethodsLevelFourSpares() throws Exception {
    Path jar = jar("busy");
    Path hot = temp.resolve("hot.txt");
    CheckResult result = Check.run(check(jar, "{java} -cp {cp} busy.Main").levels("4").profile(hot).build(),
        CheckListener.SILENT);

    assertThat(result.passed()).as("%s", result).isTrue();
    assertThat(Files.readAllLines(hot)).first().asString().startsWith("# the hot methods of 1 recordings");
    assertThat(Files.readString(hot)).contains("busy.Main.spin(J)J   # hot: in ");
  }

  @Test
  void theSameProgramPassesAtLevelZeroGivenByARelativePath() throws Exception {
    Path relative = Path.of("").toAbsolutePath().relativize(jar("plugins"));
    CheckResult result = Check.run(check(relative, HOST).files(pluginFiles()).levels("0").build(),
        CheckListener.SILENT);

    assertThat(result.passed()).as("%s", result).isTrue();
    assertThat(result.highestPassingLevel(Wire.OPEN)).hasValue(0);
  }

  @Test
  void aRuleKeepingThePluginMakesEveryLevelPass() throws Exception {
    Path rules = Files.writeString(temp.resolve("plugins.pro"), "-keepnames class com.acme.plugins.*\n");
    CheckOptions options = CheckOptions.builder()
        .protect(ProtectOptions.builder().input(jar("plugins")).seed(1L).rules(rules))
        .sequence(List.of(HOST)).files(pluginFiles()).build();

    CheckResult result = Check.run(options, CheckListener.SILENT);

    assertThat(result.variants()).extracting(v -> v.variant().level()).containsExactly(0, 1, 2, 3, 4);
    assertThat(result.passed()).as("%s", result).isTrue();
    assertThat(result.highestPassingLevel(Wire.OPEN)).hasValue(4);
  }

  @Test
  void rerunWithARuleFixesTheFailingVariant() throws Exception {
    CheckOptions options = check(jar("plugins"), HOST).files(pluginFiles()).levels("1").build();
    CheckResult result = Check.run(options, CheckListener.SILENT);
    VariantResult failing = result.variants().get(0);
    Path rules = Files.writeString(temp.resolve("plugins.pro"), "-keepnames class com.acme.plugins.*\n");

    VariantResult fixed = Check.rerun(options, result.baseline(), failing.variant(),
        Adjustment.rules(List.of(rules)), failing.failures(), CheckListener.SILENT);

    assertThat(fixed.passed()).as("%s", fixed).isTrue();
    assertThat(fixed.sequences()).extracting(SequenceResult::sequence).containsOnly(0);
  }

  @Test
  void serializedDataCrossesBetweenTheBuildsInOpenWireModeAndAClosedBuildWritesItsOwnStream() throws Exception {
    CheckResult result = Check.run(check(jar("store"), "{java} -cp {cp} com.acme.store.Main write",
        "{java} -cp {cp} com.acme.store.Main read").levels("1").wire("both").build(), CheckListener.SILENT);

    VariantResult open = result.variants().get(0);
    assertThat(open.passed()).as("%s", open).isTrue();
    assertThat(open.sequences()).extracting(SequenceResult::name).containsExactly("sequence 1",
        "sequence 1, original then protected", "sequence 1, protected then original");
    VariantResult closed = result.variants().get(1);
    assertThat(closed.variant().wire()).isEqualTo(Wire.CLOSED);
    assertThat(closed.sequences()).as("a closed wire has no unprotected peer").extracting(SequenceResult::name)
        .containsExactly("sequence 1");
    assertThat(closed.sequences().get(0).differences()).as("its stream names the renamed class: it reads, but the"
        + " file differs").extracting(Difference::toString)
        .containsExactly("file order.ser: different content, original written");
  }

  @Test
  void ignoredLinesAreNotCompared() throws Exception {
    Path jar = jar("names");
    String print = "{java} -cp {cp} com.acme.names.Main print";

    CheckResult strict = Check.run(check(jar, print).levels("0").build(), CheckListener.SILENT);
    CheckResult lenient = Check.run(check(jar, print).ignore("^time: ").levels("0-1").build(), CheckListener.SILENT);

    assertThat(strict.variants().get(0).sequences().get(0).differences()).extracting(Difference::where)
        .containsExactly("command 1 stdout line 2");
    assertThat(lenient.passed()).as("a printed class name is compared retraced: %s", lenient).isTrue();
  }

  @Test
  void filesAreComparedByContent() throws Exception {
    CheckResult result = Check.run(check(jar("names"), "{java} -cp {cp} com.acme.names.Main write")
        .levels("0-1").build(), CheckListener.SILENT);

    assertThat(result.variants().get(0).passed()).isTrue();
    assertThat(result.variants().get(1).sequences().get(0).differences()).extracting(Difference::toString)
        .containsExactly("file item.txt: different content, original written");
  }

  @Test
  void anExitStatusDifferenceIsOne() throws Exception {
    CheckResult result = Check.run(check(jar("names"), "{java} -cp {cp} com.acme.names.Main exit").levels("1")
        .build(), CheckListener.SILENT);

    assertThat(result.variants().get(0).sequences().get(0).differences()).extracting(Difference::toString)
        .containsExactly("command 1 exit status: 3, original 0");
  }

  @Test
  void jvmArgsReachTheCommandsJvmsAndACommandOutlivingTheTimeoutIsEnded() throws Exception {
    CheckResult result = Check.run(check(jar("names"), "{java} -cp {cp} com.acme.names.Main exit", "sleep 30")
        .jvmArg("-Dcheck.marker=a b").timeout(java.time.Duration.ofMillis(500)).levels("0").wire("closed").build(),
        CheckListener.SILENT);

    List<CommandOutcome> original = result.baseline().sequences().get(0).commands();
    assertThat(original.get(0).stderr()).contains("Picked up JDK_JAVA_OPTIONS: \"-Dcheck.marker=a b\"");
    assertThat(original.get(1).status()).isEqualTo("timed out");
    assertThat(result.passed()).as("timed out on both: the same").isTrue();
  }

  @Test
  void theReportHoldsTheWholeResultAndThePageCarriesIt() throws Exception {
    Path report = temp.resolve("out/check.json");
    Path page = temp.resolve("out/check.html");
    Check.run(check(jar("names"), "{java} -cp {cp} com.acme.names.Main exit").levels("0-1").report(report)
        .htmlReport(page).build(), CheckListener.SILENT);

    assertThat(Files.readString(report))
        .startsWith("{\"passed\": false,\n\"highestPassingLevel\": {\"open\": 0},")
        .contains("{\"level\": 0, \"wire\": \"open\", \"passed\": true,")
        .contains("{\"sequence\": 1, \"builds\": \"protected\", \"passed\": false, \"differences\": [{\"where\": "
            + "\"command 1 exit status\", \"original\": \"0\", \"variant\": \"3\", \"trace\": null}]}");
    assertThat(ReportPages.json(Files.readString(page))).isEqualTo(Files.readString(report));
    assertThat(Files.readString(page)).contains("<title>jarmor check: names.jar</title>");
  }
}
