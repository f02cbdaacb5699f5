package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Plan;
import dev.jarmor.report.RenameStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code jarmor explain}: a summary, what each pass of the level changes and leaves alone by original names,
 * then per class what is kept and why with repeated lines folded, as text and as JSON.
 */
class ExplainTest {

  @TempDir Path temp;

  @Test
  void explainsEveryClassAndWritesTheSameAsJson() throws Exception {
    Path report = temp.resolve("report.json");

    Cli.Result result = Cli.run("explain", Cli.samples(), "--report", report.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("dev.jarmor.samples.ledger.LedgerApp  kept: Main-Class in META-INF/MANIFEST.MF [entry-point]")
        .contains("  method main([Ljava/lang/String;)V  kept: main method of the Main-Class [entry-point]")
        .contains("dev.jarmor.samples.ledger.model.Money -> ")
        .contains("method compareTo(Ljava/lang/Object;)I  kept: overrides or implements library method java.lang.Comparable.compareTo [library-override]")
        .contains("  field ASSET Ldev/jarmor/samples/ledger/model/AccountType;, EXPENSE Ldev/jarmor/samples/ledger/model/"
            + "AccountType;, LIABILITY Ldev/jarmor/samples/ledger/model/AccountType;, EQUITY Ldev/jarmor/samples/ledger/"
            + "model/AccountType;, INCOME Ldev/jarmor/samples/ledger/model/AccountType;  kept: enum constant");
    String json = Files.readString(report);
    assertThat(json).startsWith("{\"level\": 1,\n\"summary\": {\"classes\": ")
        .contains("\n\"passes\": [\n  {\"name\": \"rename\", \"level\": 1, \"selected\": true")
        .contains("{\"name\": \"flow\", \"level\": 3, \"selected\": false")
        .contains("\"packages\": [\n  {\"name\": \"dev.jarmor.samples.names\", \"newName\": \"dev.jarmor.samples.names\", "
        + "\"kept\": [{\"source\": \"resource\", \"reason\": \"holds dev/jarmor/samples/names/greeting.txt")
        .contains("{\"name\": \"dev.jarmor.samples.ledger.LedgerApp\", \"newName\": \"dev.jarmor.samples.ledger.LedgerApp\", \"kept\": [{\"source\": \"entry-point\", \"reason\": \"Main-Class in META-INF/MANIFEST.MF\"}, ")
        .contains("{\"kind\": \"method\", \"name\": \"main\", \"descriptor\": \"([Ljava/lang/String;)V\", \"newName\": "
            + "\"main\", \"newDescriptor\": \"([Ljava/lang/String;)V\", \"kept\": ");
  }

  @Test
  void summaryMatchesThePlan() throws Exception {
    Path program = program(temp);
    Plan plan;
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(program).build(), JarmorListener.SILENT)) {
      plan = analysis.plan();
    }
    RenameStats stats = RenameStats.of(plan);

    String out = explain(program.toString(), "--level", "1");

    assertThat(stats.renamedClasses()).isPositive().isLessThan(stats.classes());
    assertThat(out).startsWith("summary\n")
        .contains("\n  classes: " + stats.classes() + ", " + stats.renamedClasses() + " renamed (")
        .contains("\n  members: " + stats.members() + ", " + stats.renamedMembers() + " renamed (")
        .contains(", " + (stats.members() - stats.renamedMembers()) + " keep their names (")
        .contains("\n  kept names: " + plan.keeps().size() + ", by kind of reason")
        .contains("\n  strings adapted: 0 (0 in classes, 0 in resources)\n")
        .contains("\n  lookups known only at run time: 0\n");
    // 40 serialized fields, the class name, its pinned serialVersionUID; gen.Main and its main method
    assertThat(count(out, "    (\\d+)  serialization\n")).isEqualTo(42);
    assertThat(count(out, "    (\\d+)  entry-point\n")).isEqualTo(2);
    assertThat(out.indexOf("\n  classes: ")).isLessThan(out.indexOf("\npasses at level 1\n"))
        .isLessThan(out.indexOf("\nclasses\n"));
  }

  @Test
  void summaryCountsAdaptedStringsAndLookupsAsThePlanHasThem() throws Exception {
    Plan plan;
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(Path.of(Cli.samples())).build(),
        JarmorListener.SILENT)) {
      plan = analysis.plan();
    }
    long inResources = plan.adaptations().keySet().stream().filter(site -> site.inResource()).count();
    int notes = plan.notes().values().stream().mapToInt(java.util.List::size).sum();

    String out = explain(Cli.samples());

    assertThat(inResources).isPositive().isLessThan(plan.adaptations().size());
    assertThat(out).contains("\n  strings adapted: " + plan.adaptations().size() + " ("
            + (plan.adaptations().size() - inResources) + " in classes, " + inResources + " in resources)\n")
        .contains("\n  lookups known only at run time: " + notes + " (the notes below say where)\n    " + notes
            + "  Class.forName looks up a class by a name known only at run time [reflection]\n")
        .contains("\n  note: Class.forName at dev.jarmor.samples.names.PluginHost.main:26 looks up a class");
  }

  @Test
  void membersKeptForOneReasonShareOneLine() throws Exception {
    String out = explain(program(temp).toString());

    StringBuilder fields = new StringBuilder("  field f0 I");
    for (int i = 1; i < 40; i++) {
      fields.append(", f").append(i).append(" I");
    }
    assertThat(out).contains("\ngen.Wire  kept: Serializable: streams name the class (--wire open) [serialization]\n"
        + fields + "  kept: serialized field of gen.Wire (--wire open) [serialization]\n"
        + "  field serialVersionUID J  kept: serialVersionUID pinned to ");
    assertThat(out).doesNotContain("\n  field f1 I");
  }

  @Test
  void higherLevelsSayWhatEachPassChangesAndLeavesAloneByOriginalNames() throws Exception {
    String program = program(temp).toString();
    String level1 = explain(program, "--level", "1");
    String level2 = explain(program, "--level", "2");
    String level3 = explain(program, "--level", "3");

    assertThat(level1).contains("\npasses at level 1\n  rename: ")
        .contains("\n  not run: strings, debug-info, numbers (level 2); references, flow (level 3)\n")
        .doesNotContain("left alone");
    assertThat(level2).isNotEqualTo(level1).contains("\npasses at level 2\n  rename: ").contains("\n  strings: ")
        .contains("\n  numbers: ")
        .contains("\n  numbers left alone gen.Util.huge(Lgen/Util;I)I: code would exceed 65535 bytes\n")
        .contains("\n  not run: references, flow (level 3)\n")
        .doesNotContain("flow left alone");
    assertThat(level3).isNotEqualTo(level2).contains("\n  flow: ")
        .contains("\n  flow left alone gen.Util.huge(Lgen/Util;I)I: code would exceed 65535 bytes\n")
        .doesNotContain("not run");
    assertThat(level3.substring(level3.indexOf("\nclasses\n"))).as("the per-class part does not depend on the level")
        .isEqualTo(level1.substring(level1.indexOf("\nclasses\n")));
  }

  @Test
  void reportNamesMethodsLeftAloneByTheNamesExcludeTakes() throws Exception {
    Path program = program(temp);
    Path report = temp.resolve("report.json");
    Plan plan;
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(program).build(), JarmorListener.SILENT)) {
      plan = analysis.plan();
    }
    String util = plan.className("gen/Util");
    String huge = plan.methodName("gen/Util", "huge", "(Lgen/Util;I)I") + plan.descriptor("(Lgen/Util;I)I");
    assertThat(util).isNotEqualTo("gen/Util");

    explain(program.toString(), "--level", "3", "--report", report.toString());

    assertThat(Files.readString(report)).contains("{\"name\": \"flow\", \"level\": 3, \"selected\": true, ")
        .contains("\"leftAlone\": [{\"class\": \"gen.Util\", \"newClass\": \"" + util.replace('/', '.')
            + "\", \"method\": \"huge(Lgen/Util;I)I\", \"newMethod\": \"" + huge
            + "\", \"why\": \"code would exceed 65535 bytes\"}]}");

    explain(program.toString(), "--level", "3", "--exclude", "flow:gen.Util", "--report", report.toString());
    assertThat(flowEntry(report)).as("--exclude takes the name the report gives").contains("\"leftAlone\": []");
    explain(program.toString(), "--level", "3", "--exclude", "flow:" + util.replace('/', '.'), "--report",
        report.toString());
    assertThat(flowEntry(report)).as("not the output name").contains("{\"class\": \"gen.Util\"");
  }

  private static String flowEntry(Path report) throws Exception {
    String json = Files.readString(report);
    return json.substring(json.indexOf("{\"name\": \"flow\""), json.indexOf("{\"name\": \"numbers\""));
  }

  @Test
  void protectWritesTheReportToo() throws Exception {
    Path report = temp.resolve("report.json");
    Cli.Result result = Cli.run("protect", "-q", Cli.samples(), "-o", temp.resolve("out.jar").toString(),
        "--report", report.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(report)).contains("\"source\": \"library-override\"");
  }

  @Test
  void protectWarnsOnceOfEachLookupThatExplainNotes() throws Exception {
    String lookup = "Class.forName at dev.jarmor.samples.names.PluginHost.main:26 looks up a class by a name known"
        + " only at run time; no rule can be derived from the code there";

    Cli.Result protect = Cli.run("protect", "-q", Cli.samples(), "-o", temp.resolve("out.jar").toString());
    Cli.Result explain = Cli.run("explain", Cli.samples());

    assertThat(protect.exitCode()).as(protect.err()).isZero();
    assertThat(protect.err().split("jarmor: warning: " + java.util.regex.Pattern.quote(lookup), -1))
        .as(protect.err()).hasSize(2);
    assertThat(explain.out()).contains("  note: " + lookup);
  }

  @Test
  void demoShowsIdenticalOutput() {
    Cli.Result result = Cli.run("demo", "--samples", Cli.samples());
    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("class names, before -> after").contains("identical output");
  }

  private static String explain(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "explain";
    System.arraycopy(args, 0, command, 1, args.length);
    Cli.Result result = Cli.run(command);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result.out();
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in\n" + text).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /**
   * gen.Main (the entry point) calls gen.Util.huge, whose code is just within 65535 bytes in many blocks: the
   * flow pass's gotos and the number pass's masked constants cannot fit, so both leave it alone. gen.Wire is
   * Serializable with 40 fields, each kept for the same reason.
   */
  /**
   * A program of three classes: gen.Main calls gen.Util.huge, whose code the flow and number passes leave alone (it
   * would exceed 65535 bytes), and gen.Wire is Serializable with 40 fields.
   */
  static Path program(Path temp) throws Exception {
    Path classes = temp.resolve("classes");
    Files.createDirectories(classes.resolve("gen"));
    Files.write(classes.resolve("gen/Main.class"), main());
    Files.write(classes.resolve("gen/Util.class"), util());
    Files.write(classes.resolve("gen/Wire.class"), wire());
    return classes;
  }

  private static byte[] main() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "gen/Main", null, "java/lang/Object", null);
    MethodVisitor main = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V",
        null, null);
    main.visitCode();
    main.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    main.visitInsn(Opcodes.ACONST_NULL);
    main.visitIntInsn(Opcodes.SIPUSH, 400);
    main.visitMethodInsn(Opcodes.INVOKESTATIC, "gen/Util", "huge", "(Lgen/Util;I)I", false);
    main.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println", "(I)V", false);
    main.visitInsn(Opcodes.RETURN);
    main.visitMaxs(0, 0);
    main.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static byte[] util() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "gen/Util", null, "java/lang/Object", null);
    MethodVisitor huge = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "huge", "(Lgen/Util;I)I", null,
        null);
    huge.visitCode();
    huge.visitInsn(Opcodes.ICONST_0);
    huge.visitVarInsn(Opcodes.ISTORE, 2);
    for (int k = 0; k < 505; k++) {
      Label skip = new Label();
      huge.visitVarInsn(Opcodes.ILOAD, 1);
      huge.visitIntInsn(Opcodes.SIPUSH, k);
      huge.visitJumpInsn(Opcodes.IF_ICMPGT, skip);
      for (int i = 0; i < 20; i++) {
        huge.visitIincInsn(2, 1000 + i);
      }
      huge.visitLabel(skip);
    }
    huge.visitVarInsn(Opcodes.ILOAD, 2);
    huge.visitInsn(Opcodes.IRETURN);
    huge.visitMaxs(0, 0);
    huge.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static byte[] wire() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "gen/Wire", null, "java/lang/Object",
        new String[] {"java/io/Serializable"});
    for (int i = 0; i < 40; i++) {
      writer.visitField(Opcodes.ACC_PRIVATE, "f" + i, "I", null, null).visitEnd();
    }
    MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }
}
