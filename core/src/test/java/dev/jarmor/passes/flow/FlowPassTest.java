package dev.jarmor.passes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.passes.JitLimits;
import dev.jarmor.passes.PassLog;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

/**
 * The control-flow pass on real programs: protected at level 3 and with the flow pass alone, they print what
 * the originals print in a child JVM (which verifies every frame); the code really changed; the output is
 * the same for the same seed; a method the JVM's limits would not take afterwards is left alone and reported.
 */
class FlowPassTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0} compiled for Java {1}, level {3}")
  @CsvSource({"java8, 8, app.Main, 3", "java8, 17, app.Main, 3", "java17, 17, shop.Main, 3", "flow, 8, flow.Main, 3",
      "flow, 17, flow.Main, 3", "flow, 8, flow.Main, 0", "java8, 8, app.Main, 0", "flow, 8, flow.Main, 4",
      "flow, 17, flow.Main, 4", "java8, 17, app.Main, 4", "java17, 17, shop.Main, 4"})
  void protectedProgramBehavesLikeTheOriginal(String program, int release, String main, int level) throws Exception {
    Path classes = Programs.compile(program, release, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    ProtectResult result = protect(classes, out, level, 42L);

    assertSameOutput(classes, out, main);
    assertThat(result.passes().counts()).containsKey("flow");
    assertThat(result.passes().skipped()).as("methods the flow pass left alone, other than for the JIT's limits")
        .allSatisfy(skipped -> assertThat(skipped.why()).contains("the JIT's limit"));
    System.out.printf("flow %s/%d level %d: %d -> %d instructions, %d -> %d branches%n", program, release, level,
        count(classes, false), count(out, false), count(classes, true), count(out, true));
  }

  /**
   * Level 4 treats what level 3 spares for the JIT's sake, small methods and loops, except the methods a profile
   * names hot, which keep level 3's treatment, each reported.
   */
  @Test
  void levelFourTreatsSmallMethodsAndLoopsButSparesHotOnes() throws Exception {
    Path classes = Programs.compile("flow", 17, temp.resolve("classes"));
    byte[] original = Files.readAllBytes(classes.resolve("flow/Main.class"));
    assertThat(JitLimits.length(method(original, "recurse"))).as("a small method")
        .isLessThanOrEqualTo(JitLimits.MAX_INLINE_SIZE);
    Map<Integer, byte[]> protectedAt = new java.util.HashMap<>();
    for (int level : new int[] {3, 4}) {
      Path out = temp.resolve("level" + level + ".jar");
      Jarmor.protect(ProtectOptions.builder().input(classes).output(out).seed(7L).level(level).keep("flow.**")
          .build(), JarmorListener.SILENT);
      assertSameOutput(classes, out, "flow.Main");
      protectedAt.put(level, entry(out, "flow/Main.class"));
    }
    assertThat(instructions(method(protectedAt.get(3), "recurse"))).as("level 3 leaves a small method alone")
        .isEqualTo(instructions(method(original, "recurse")));
    assertThat(instructions(method(protectedAt.get(4), "recurse"))).as("level 4 does not")
        .isGreaterThan(instructions(method(original, "recurse")));
    assertThat(switches(method(protectedAt.get(3), "collatz"))).as("level 3 dispatches no loop").isZero();
    assertThat(switches(method(protectedAt.get(4), "collatz"))).as("level 4 does").isPositive();
    assertThat(opaqueAccesses(method(protectedAt.get(3), "verdict"))).as("level 3's predicates read a field")
        .isPositive();
    for (String name : List.of("verdict", "recurse", "collatz")) {
      assertThat(opaqueAccesses(method(protectedAt.get(4), name))).as("level 4's, through invokedynamic").isZero();
    }
    byte[] base = Files.readAllBytes(classes.resolve("flow/Main$Base.class"));
    byte[] baseAt3 = entry(temp.resolve("level3.jar"), "flow/Main$Base.class");
    byte[] baseAt4 = entry(temp.resolve("level4.jar"), "flow/Main$Base.class");
    assertThat(instructions(method(baseAt3, "<init>"))).as("level 3 leaves a constructor of one block alone")
        .isEqualTo(instructions(method(base, "<init>")));
    assertThat(invokedynamics(method(baseAt4, "<init>"))).as("level 4 guards what follows its super() call")
        .isPositive();
    assertThat(invokedynamics(lambdaBody(protectedAt.get(4)))).as("and an empty lambda's body").isPositive();

    Path hot = Files.writeString(temp.resolve("hot.txt"), "# the profile of a run\nflow.Main.collatz\n");
    Path spared = temp.resolve("spared.jar");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(classes).output(spared).seed(7L).level(4)
        .keep("flow.**").hot(hot).build(), JarmorListener.SILENT);
    assertSameOutput(classes, spared, "flow.Main");
    assertThat(switches(method(entry(spared, "flow/Main.class"), "collatz"))).as("spared: level 3's treatment")
        .isZero();
    assertThat(instructions(method(entry(spared, "flow/Main.class"), "recurse"))).as("not spared")
        .isGreaterThan(instructions(method(original, "recurse")));
    assertThat(result.passes().skipped()).filteredOn(s -> s.method().startsWith("collatz"))
        .extracting(s -> s.pass() + ": " + s.why())
        .containsExactlyInAnyOrder("flow: spared, hot: listed in hot.txt: level 3's treatment",
            "references: spared, hot: listed in hot.txt: level 3's treatment");
  }

  /**
   * The runtime's classes go through the flow pass wherever it runs, at its maximum strength (their code runs as
   * call sites link), and the program still runs.
   */
  @Test
  void theRuntimesClassesAreRewrittenWhereverFlowRuns() throws Exception {
    Path classes = Programs.compile("flow", 17, temp.resolve("classes"));
    Path plain = temp.resolve("strings.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(plain).seed(7L).level(2).build(),
        JarmorListener.SILENT);
    Path flowed = temp.resolve("flow.jar");
    protect(classes, flowed, 2, 7L);
    assertSameOutput(classes, flowed, "flow.Main");
    int shipped = count(classFiles(plain, true), true);
    assertThat(shipped).as("the runtime's branches as jarmor ships it").isPositive();
    assertThat(count(classFiles(flowed, true), true)).as("rewritten by flow").isGreaterThan(shipped * 2);
  }

  /** Reads and writes of an int field of a class neither the program's nor the JDK's: the runtime's opaque value. */
  private static long opaqueAccesses(MethodNode method) {
    return Stream.of(method.instructions.toArray())
        .filter(i -> i instanceof FieldInsnNode field && field.desc.equals("I") && !field.owner.startsWith("flow/")
            && !field.owner.startsWith("java/"))
        .count();
  }

  private static long invokedynamics(MethodNode method) {
    return Stream.of(method.instructions.toArray()).filter(i -> i.getOpcode() == Opcodes.INVOKEDYNAMIC).count();
  }

  /** The body of main's empty lambda: the one synthetic method of no arguments that returns nothing. */
  private static MethodNode lambdaBody(byte[] classFile) {
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, 0);
    List<MethodNode> bodies = node.methods.stream()
        .filter(m -> (m.access & Opcodes.ACC_SYNTHETIC) != 0 && m.desc.equals("()V")).toList();
    assertThat(bodies).as("main's one lambda").hasSize(1);
    return bodies.get(0);
  }

  private static int instructions(MethodNode method) {
    return (int) Stream.of(method.instructions.toArray()).filter(i -> i.getOpcode() >= 0).count();
  }

  @Test
  void controlFlowChanges() throws Exception {
    Path classes = Programs.compile("flow", 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    protect(classes, out, 0, 7L);

    byte[] original = Files.readAllBytes(classes.resolve("flow/Main.class"));
    MethodNode before = method(original, "verdict");
    MethodNode after = method(entry(out, "flow/Main.class"), "verdict");
    assertThat(switches(before)).isZero();
    assertThat(switches(after)).as("a switch dispatcher").isPositive();
    assertThat(branches(after)).isGreaterThan(branches(before));
    assertThat(after.tryCatchBlocks.size() + branches(after) - branches(before)).as("predicates or bogus handlers")
        .isGreaterThan(switches(after));
    assertThat(count(out, true)).isGreaterThan(count(classes, true) * 2);

    MethodNode small = method(entry(out, "flow/Main.class"), "classify");
    assertThat(branches(small)).as("a method the JIT inlines when hot: rewritten lightly")
        .isGreaterThan(branches(method(original, "classify")));
    assertThat(JitLimits.length(small)).isLessThanOrEqualTo(JitLimits.FREQ_INLINE_SIZE);
    assertThat(method(entry(out, "flow/Main$Square.class"), "area").instructions.size())
        .as("a method the JIT inlines everywhere: left as it is")
        .isEqualTo(method(Files.readAllBytes(classes.resolve("flow/Main$Square.class")), "area").instructions.size());
  }

  @Test
  void methodsAreJudgedByTheirOriginalLengthNotByWhatEarlierPassesAdded() throws Exception {
    Path classes = Programs.compile("flow", 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).seed(7L).level(0).pass("strings", true)
        .pass("flow", true).build(), JarmorListener.SILENT);

    MethodNode before = method(Files.readAllBytes(classes.resolve("flow/Main.class")), "scale");
    MethodNode after = method(entry(out, "flow/Main.class"), "scale");
    assertThat(JitLimits.length(before)).isLessThanOrEqualTo(JitLimits.MAX_INLINE_SIZE);
    assertThat(JitLimits.length(after)).as("grown by string encryption").isGreaterThan(JitLimits.MAX_INLINE_SIZE);
    assertThat(branches(after)).as("no flow added").isEqualTo(branches(before));
  }

  @Test
  void stackTracesShowTheOriginalLines() throws Exception {
    Path classes = Programs.compile("flow", 17, temp.resolve("classes"));
    // line numbers are moved whatever runs: the lines flow reports are those of a build without it
    Path withoutFlow = temp.resolve("without-flow.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(withoutFlow).seed(1L).level(0)
        .pass("debug-names", true).build(), JarmorListener.SILENT);
    String expected = JavaRunner.output(List.of(withoutFlow), "flow.Main", "lines");
    assertThat(expected).startsWith("lines ");
    for (long seed = 1; seed <= 3; seed++) {
      Path out = temp.resolve("out" + seed + ".jar");
      protect(classes, out, 0, seed);
      assertThat(JavaRunner.output(List.of(out), "flow.Main", "lines")).isEqualTo(expected);
    }
  }

  /** HotSpot rejects an empty lookupswitch that ends the code; the shuffle may put javac's {@code default}-only one last. */
  @Test
  void aSwitchWithOnlyADefaultStillLoadsWhereverTheShuffleLaysItOut() throws Exception {
    Path classes = Compiler.compile(Map.of("sw.Main", """
        package sw;
        public class Main {
          public static void main(String[] args) {
            long sum = 0;
            for (int i = 0; i < 50; i++) {
              sum += tag(i, args.length);
            }
            System.out.println(sum);
          }
          static int tag(int i, int t) {
            int total = i;
            while (total > 7) {
              switch (t) {
                default:
                  total -= 3;
              }
              if (total % 5 == 0) {
                total = total / 5 + 1;
              }
            }
            return total * (i % 2 == 0 ? 3 : 5);
          }
        }
        """), 17, temp.resolve("sw"));
    assertThat(switches(method(Files.readAllBytes(classes.resolve("sw/Main.class")), "tag"))).isOne();
    for (long seed = 1; seed <= 8; seed++) {
      Path out = temp.resolve("sw" + seed + ".jar");
      protect(classes, out, 0, seed);
      assertThat(method(entry(out, "sw/Main.class"), "tag").instructions).noneMatch(insn ->
          insn instanceof LookupSwitchInsnNode lookup && lookup.keys.isEmpty());
      assertSameOutput(classes, out, "sw.Main");
    }
  }

  @Test
  void sameInputAndSeedGiveTheSameBytes() throws Exception {
    Path classes = Programs.compile("flow", 8, temp.resolve("classes"));
    Path first = temp.resolve("first.jar");
    Path second = temp.resolve("second.jar");
    protect(classes, first, 3, 5L);
    protect(classes, second, 3, 5L);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    Path other = temp.resolve("other.jar");
    protect(classes, other, 3, 6L);
    assertThat(entry(other, "flow/Main.class")).isNotEqualTo(entry(first, "flow/Main.class"));
  }

  @Test
  void methodTooLargeAfterThePassIsLeftAloneAndReported() throws Exception {
    Path classes = temp.resolve("classes");
    Files.createDirectories(classes.resolve("gen"));
    Files.write(classes.resolve("gen/Big.class"), big());
    Files.write(classes.resolve("gen/Old.class"), old());
    Path out = temp.resolve("out.jar");
    ProtectResult result = protect(classes, out, 0, 1L);

    assertThat(result.passes().skipped()).containsExactly(
        new PassLog.Skipped("flow", "gen/Big", "huge(I)I", "code would exceed 65535 bytes"));
    assertSameOutput(classes, out, "gen.Big");
    assertSameOutput(classes, out, "gen.Old");
    byte[] original = Files.readAllBytes(classes.resolve("gen/Big.class"));
    assertThat(codeSize(method(entry(out, "gen/Big.class"), "huge")))
        .isEqualTo(codeSize(method(original, "huge")));
    assertThat(branches(method(entry(out, "gen/Old.class"), "collatz")))
        .as("a class without frames (Java 5) is rewritten too")
        .isGreaterThan(branches(method(Files.readAllBytes(classes.resolve("gen/Old.class")), "collatz")));
  }

  @Test
  void uninitializedObjectsHeldInLocalsAcrossJumpsStayInPlace() throws Exception {
    Path classes = temp.resolve("classes");
    Files.createDirectories(classes.resolve("gen"));
    Files.write(classes.resolve("gen/Uninit.class"), uninit());
    Path out = temp.resolve("out.jar");
    ProtectResult result = protect(classes, out, 0, 3L);

    assertThat(result.passes().skipped()).isEmpty();
    assertThat(result.passes().counts().get("flow").sites()).isPositive();
    assertSameOutput(classes, out, "gen.Uninit");
  }

  /**
   * A method no compiler writes but the JVM takes: a {@code new} object kept in a local, initialized on one of
   * two branches by different constructors, then used after they meet.
   */
  private static byte[] uninit() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "gen/Uninit", null, "java/lang/Object", null);
    MethodVisitor make = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "make", "(I)I", null, null);
    make.visitCode();
    Label other = new Label();
    Label join = new Label();
    make.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
    make.visitVarInsn(Opcodes.ASTORE, 1);
    make.visitVarInsn(Opcodes.ILOAD, 0);
    make.visitJumpInsn(Opcodes.IFEQ, other);
    make.visitVarInsn(Opcodes.ALOAD, 1);
    make.visitLdcInsn("abcdef");
    make.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", false);
    make.visitJumpInsn(Opcodes.GOTO, join);
    make.visitLabel(other);
    make.visitVarInsn(Opcodes.ALOAD, 1);
    make.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
    make.visitLabel(join);
    make.visitVarInsn(Opcodes.ALOAD, 1);
    make.visitVarInsn(Opcodes.ILOAD, 0);
    make.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(I)Ljava/lang/StringBuilder;",
        false);
    make.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "length", "()I", false);
    make.visitVarInsn(Opcodes.ILOAD, 0);
    Label small = new Label();
    make.visitJumpInsn(Opcodes.IFLT, small);
    make.visitInsn(Opcodes.ICONST_2);
    make.visitInsn(Opcodes.IMUL);
    make.visitLabel(small);
    make.visitInsn(Opcodes.IRETURN);
    make.visitMaxs(0, 0);
    make.visitEnd();
    main(writer, "gen/Uninit", "make", 0, 12345);
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** Instructions, not counting labels, frames and line numbers. */
  private static long codeSize(MethodNode method) {
    return java.util.stream.StreamSupport.stream(method.instructions.spliterator(), false)
        .filter(i -> i.getOpcode() >= 0).count();
  }

  private static ProtectResult protect(Path classes, Path out, int level, long seed) {
    ProtectOptions.Builder options = ProtectOptions.builder().input(classes).output(out).seed(seed).level(level);
    if (level < 3) {
      options.pass("flow", true);
    }
    return Jarmor.protect(options.build(), JarmorListener.SILENT);
  }

  private static void assertSameOutput(Path classes, Path out, String main) throws Exception {
    assertThat(JavaRunner.output(List.of(out), main)).isEqualTo(JavaRunner.output(List.of(classes), main));
  }

  /** A class whose method's code is just within 65535 bytes, in many blocks: gotos between them cannot fit. */
  private static byte[] big() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "gen/Big", null, "java/lang/Object", null);
    MethodVisitor huge = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "huge", "(I)I", null, null);
    huge.visitCode();
    huge.visitInsn(Opcodes.ICONST_0);
    huge.visitVarInsn(Opcodes.ISTORE, 1);
    for (int k = 0; k < 495; k++) {
      Label skip = new Label();
      huge.visitVarInsn(Opcodes.ILOAD, 0);
      huge.visitIntInsn(Opcodes.SIPUSH, k);
      huge.visitJumpInsn(Opcodes.IF_ICMPGT, skip);
      for (int i = 0; i < 20; i++) {
        huge.visitIincInsn(1, 1000 + i);
      }
      huge.visitLabel(skip);
    }
    huge.visitVarInsn(Opcodes.ILOAD, 1);
    huge.visitInsn(Opcodes.IRETURN);
    huge.visitMaxs(0, 0);
    huge.visitEnd();
    main(writer, "gen/Big", "huge", 3, 400);
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A Java 5 class (no frames) with a loop and branches. */
  private static byte[] old() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC, "gen/Old", null, "java/lang/Object", null);
    MethodVisitor collatz = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "collatz", "(I)I", null, null);
    collatz.visitCode();
    Label loop = new Label();
    Label odd = new Label();
    Label next = new Label();
    Label done = new Label();
    collatz.visitInsn(Opcodes.ICONST_0);
    collatz.visitVarInsn(Opcodes.ISTORE, 1);
    collatz.visitLabel(loop);
    collatz.visitVarInsn(Opcodes.ILOAD, 0);
    collatz.visitInsn(Opcodes.ICONST_1);
    collatz.visitJumpInsn(Opcodes.IF_ICMPLE, done);
    collatz.visitVarInsn(Opcodes.ILOAD, 0);
    collatz.visitInsn(Opcodes.ICONST_1);
    collatz.visitInsn(Opcodes.IAND);
    collatz.visitJumpInsn(Opcodes.IFNE, odd);
    collatz.visitVarInsn(Opcodes.ILOAD, 0);
    collatz.visitInsn(Opcodes.ICONST_2);
    collatz.visitInsn(Opcodes.IDIV);
    collatz.visitVarInsn(Opcodes.ISTORE, 0);
    collatz.visitJumpInsn(Opcodes.GOTO, next);
    collatz.visitLabel(odd);
    collatz.visitVarInsn(Opcodes.ILOAD, 0);
    collatz.visitInsn(Opcodes.ICONST_3);
    collatz.visitInsn(Opcodes.IMUL);
    collatz.visitInsn(Opcodes.ICONST_1);
    collatz.visitInsn(Opcodes.IADD);
    collatz.visitVarInsn(Opcodes.ISTORE, 0);
    collatz.visitLabel(next);
    collatz.visitIincInsn(1, 1);
    collatz.visitJumpInsn(Opcodes.GOTO, loop);
    collatz.visitLabel(done);
    collatz.visitVarInsn(Opcodes.ILOAD, 1);
    collatz.visitIntInsn(Opcodes.SIPUSH, 1000); // past the 35 bytes flow leaves alone
    collatz.visitInsn(Opcodes.IADD);
    collatz.visitInsn(Opcodes.IRETURN);
    collatz.visitMaxs(0, 0);
    collatz.visitEnd();
    main(writer, "gen/Old", "collatz", 27, 97);
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** main: prints the method's results for two arguments. */
  private static void main(ClassWriter writer, String owner, String method, int first, int second) {
    MethodVisitor main = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V",
        null, null);
    main.visitCode();
    for (int argument : new int[] {first, second}) {
      main.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
      main.visitIntInsn(Opcodes.SIPUSH, argument);
      main.visitMethodInsn(Opcodes.INVOKESTATIC, owner, method, "(I)I", false);
      main.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println", "(I)V", false);
    }
    main.visitInsn(Opcodes.RETURN);
    main.visitMaxs(0, 0);
    main.visitEnd();
  }

  private static MethodNode method(byte[] classFile, String name) {
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, 0);
    return node.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
  }

  private static byte[] entry(Path jar, String name) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return in.readAllBytes();
    }
  }

  private static int branches(MethodNode method) {
    int count = 0;
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof JumpInsnNode || insn instanceof TableSwitchInsnNode || insn instanceof LookupSwitchInsnNode) {
        count++;
      }
    }
    return count;
  }

  private static int switches(MethodNode method) {
    int count = 0;
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof LookupSwitchInsnNode) {
        count++;
      }
    }
    return count;
  }

  /** Instructions (or branch instructions) in every program class of a folder or jar; the runtime's excluded. */
  private static int count(Path classesOrJar, boolean branchesOnly) throws IOException {
    return count(classFiles(classesOrJar, false), branchesOnly);
  }

  private static int count(List<byte[]> classFiles, boolean branchesOnly) {
    int total = 0;
    for (byte[] classFile : classFiles) {
      ClassNode node = new ClassNode();
      new ClassReader(classFile).accept(node, 0);
      for (MethodNode method : node.methods) {
        total += branchesOnly ? branches(method) : (int) Stream.of(method.instructions.toArray())
            .filter(i -> i.getOpcode() >= 0).count();
      }
    }
    return total;
  }

  /** The program's class files in a folder (an input: no runtime) or jar, or the runtime's. */
  private static List<byte[]> classFiles(Path classesOrJar, boolean runtime) throws IOException {
    if (Files.isDirectory(classesOrJar)) {
      if (runtime) {
        return List.of();
      }
      try (Stream<Path> files = Files.walk(classesOrJar)) {
        return files.filter(f -> f.toString().endsWith(".class")).map(f -> {
          try {
            return Files.readAllBytes(f);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).toList();
      }
    }
    try (ZipFile zip = new ZipFile(classesOrJar.toFile())) {
      List<byte[]> files = new java.util.ArrayList<>();
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().endsWith(".class") && isRuntime(e) == runtime) {
          try (InputStream in = zip.getInputStream(e)) {
            files.add(in.readAllBytes());
          }
        }
      }
      return files;
    }
  }

  /**
   * The relocated runtime sits in a package of five letters of its own ({@code RuntimeLibrary.freePackage}), its
   * classes named with one letter; the test programs' packages are shorter.
   */
  private static boolean isRuntime(ZipEntry entry) {
    return entry.getName().matches("[a-z]{5}/[a-z]\\.class");
  }
}
