package dev.jarmor.passes.references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.passes.PassLog;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import dev.jarmor.testing.SameOutput;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The references pass on real programs: protected with it alone and at level 3, they print what
 * they printed before, on this JDK and on the newest one installed; their calls really go through
 * invokedynamic (at level 4 every JDK call but the caller-sensitive ones, and super calls, too), and the
 * output is the same from one build to the next. A call to what is missing
 * at run time throws what the JVM throws; generated classes at the JVM's limits keep the calls that
 * would not fit.
 */
class ReferencePassTest {

  private static final Path NEWEST_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  @TempDir Path temp;

  @ParameterizedTest(name = "{0} compiled for Java {1}, level {3}")
  @CsvSource({"java8, 8, app.Main, 1", "java8, 17, app.Main, 1", "java17, 17, shop.Main, 1",
      "java8, 8, app.Main, 3", "java8, 17, app.Main, 3", "java17, 17, shop.Main, 3"})
  void protectedProgramBehavesLikeTheOriginal(String program, int release, String main, int level) throws Exception {
    Path classes = Programs.compile(program, release, temp.resolve("classes"));
    ProtectOptions.Builder options = ProtectOptions.builder().seed(7L).level(level);
    if (level < 3) {
      options.pass("references", true);
    }
    SameOutput.afterProtection(classes, temp.resolve("out.jar"), options, main, List.of());
  }

  @ParameterizedTest(name = "{0} compiled for Java {1}")
  @CsvSource({"java8, 8, app.Main", "java17, 17, shop.Main"})
  void protectedProgramRunsOnTheNewestJdk(String program, int release, String main) throws Exception {
    assumeTrue(Files.isExecutable(NEWEST_JDK.resolve("bin/java")), "no JDK 25 at " + NEWEST_JDK);
    Path classes = Programs.compile(program, release, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).level(3).build(), JarmorListener.SILENT);
    Path java = NEWEST_JDK.resolve("bin/java");
    assertThat(JavaRunner.output(java, List.of(out), main)).isEqualTo(JavaRunner.output(java, List.of(classes), main));
  }

  @ParameterizedTest(name = "Java {0}")
  @CsvSource({"8", "17"})
  void callsGoThroughInvokedynamic(int release) throws Exception {
    Path classes = Programs.compile("java8", release, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    // level 0: names stay, so the class can be found and read as it was
    SameOutput.afterProtection(classes, out, ProtectOptions.builder().level(0).pass("references", true), "app.Main",
        List.of());
    ClassNode before = read(Files.readAllBytes(classes.resolve("app/Main.class")));
    byte[] bytes = entry(out, "app/Main.class");
    ClassNode after = read(bytes);

    assertThat(calls(before)).filteredOn(ReferencePassTest::hidable).hasSizeGreaterThan(40);
    assertThat(calls(after)).filteredOn(ReferencePassTest::hidable).isEmpty();
    // a program exception's getMessage() resolves to Throwable's, a JDK class the pass leaves alone
    assertThat(calls(after)).filteredOn(c -> c.startsWith("app/")).containsOnly("app/util/NotFound.getMessage");
    assertThat(calls(after)).as("calls on arrays stay").contains("[Lapp/model/Animal;.clone");
    // field accesses too, outside loops: what stays is a final field's write in a constructor, a static final's
    // read, an access before the constructor's super(...) or in a method with a loop (main's)
    assertThat(indy(after)).hasSize(calls(before).size() - calls(after).size()
        + fields(before).size() - fields(after).size());
    int fieldsBefore = 0;
    int fieldsAfter = 0;
    for (Map.Entry<String, byte[]> entry : ClassFiles.of(classes).entrySet()) {
      fieldsBefore += fields(read(entry.getValue())).size();
      fieldsAfter += fields(read(entry(out, entry.getKey()))).size();
    }
    assertThat(fieldsBefore - fieldsAfter).as("field accesses hidden in the program").isGreaterThan(20);
    // a protected method of a superclass in another package stays a call; the public one beside it does not
    ClassNode puppy = read(entry(out, "app/Puppy.class"));
    assertThat(calls(puppy)).containsExactly("app/Puppy.kind");
    assertThat(indy(puppy)).isNotEmpty();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("parseLong").doesNotContain("parseInt").doesNotContain("prefix")
        .doesNotContain("keySet");
  }

  private static boolean hidable(String call) {
    return CallPolicy.JDK_CLASSES.contains(call.substring(0, call.lastIndexOf('.')));
  }

  @Test
  void levelFourHidesEveryJdkCallButTheCallerSensitiveAndSuperCalls() throws Exception {
    Path classes = Compiler.compile(Map.of(
        "app.Base", "package app; public class Base { protected String hello() { return \"base\"; } }",
        "app.Greeter", "package app; public interface Greeter { default String greet() { return \"hi\"; } }",
        "app.Sub", """
            package app;
            public class Sub extends Base implements Greeter, Cloneable {
              @Override protected String hello() { return super.hello() + "+sub"; }
              @Override public String greet() { return Greeter.super.greet() + " there"; }
              @Override public String toString() { return "sub, not " + super.toString().contains("@"); }
              @Override public Sub clone() throws CloneNotSupportedException { return (Sub) super.clone(); }
            }
            """,
        "app.Main", """
            package app;
            import java.lang.invoke.MethodHandle;
            import java.lang.invoke.MethodHandles;
            import java.lang.invoke.MethodType;
            import java.time.LocalDate;
            import java.util.concurrent.FutureTask;
            import java.util.logging.Logger;
            public class Main {
              public static void main(String[] args) throws Throwable {
                FutureTask<String> task = new FutureTask<>(() -> "task ran");
                task.run();
                System.out.println(task.get());
                System.out.println(LocalDate.of(2020, 1, 2).plusDays(30));
                StackTraceElement[] trace = Thread.currentThread().getStackTrace();
                System.out.println(trace[0].getMethodName() + " called from " + trace[1].getClassName() + "."
                    + trace[1].getMethodName());
                System.out.println(Class.forName(Main.class.getName()) == Main.class);
                System.out.println(Thread.currentThread().getContextClassLoader() == Main.class.getClassLoader());
                System.out.println(ClassLoader.getSystemClassLoader() == Main.class.getClassLoader());
                MethodHandle abs = MethodHandles.lookup().findStatic(Math.class, "abs",
                    MethodType.methodType(int.class, int.class));
                System.out.println((int) abs.invokeExact(-42));
                System.out.println(Logger.getLogger("app").getName());
                System.out.println(Main.class.getDeclaredMethod("main", String[].class).getName());
                Sub sub = new Sub();
                System.out.println(sub.hello() + ", " + sub.greet() + ", " + sub + ", " + sub.clone().hello());
              }
            }
            """), 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    SameOutput.afterProtection(classes, out, ProtectOptions.builder().seed(7L).level(4), "app.Main", List.of());

    List<String> before = calls(read(Files.readAllBytes(classes.resolve("app/Main.class"))));
    List<String> after = calls(read(entry(out, "app/Main.class")));
    assertThat(before).contains("java/util/concurrent/FutureTask.run", "java/time/LocalDate.plusDays",
        "java/lang/Thread.getStackTrace", "java/lang/StackTraceElement.getMethodName");
    // what stays is what the JDK marks as caller-sensitive (asking who called it) or signature-polymorphic
    assertThat(after).filteredOn(call -> call.startsWith("java/")).containsExactlyInAnyOrder(
        "java/lang/Class.forName", "java/lang/Thread.getContextClassLoader", "java/lang/Class.getClassLoader",
        "java/lang/Class.getClassLoader", "java/lang/ClassLoader.getSystemClassLoader",
        "java/lang/invoke/MethodHandles.lookup", "java/lang/invoke/MethodHandle.invokeExact",
        "java/util/logging/Logger.getLogger", "java/lang/Class.getDeclaredMethod");
    // super calls too, in every class, but Object.clone's: protected, of another package
    List<String> special = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : ClassFiles.of(out).entrySet()) {
      if (entry.getKey().startsWith("app/")) {
        for (MethodNode method : read(entry.getValue()).methods) {
          for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
                && !call.name.equals("<init>")) {
              special.add(call.owner + "." + call.name);
            }
          }
        }
      }
    }
    assertThat(special).containsExactly("java/lang/Object.clone");
  }

  @Test
  void sameInputAndSeedGiveTheSameBytes() throws Exception {
    Path classes = Programs.compile("java17", 17, temp.resolve("classes"));
    Path first = temp.resolve("first.jar");
    Path second = temp.resolve("second.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(first).level(3).build(), JarmorListener.SILENT);
    Jarmor.protect(ProtectOptions.builder().input(classes).output(second).level(3).build(), JarmorListener.SILENT);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void callsToWhatIsMissingAtRunTimeThrowWhatTheJvmThrows() throws Exception {
    Path classes = Compiler.compile(Map.of(
        "lib.Api", "package lib; public class Api { public static String added() { return \"added\"; }"
            + " public String more() { return \"more\"; } public static int count = 1; public int size = 2; }",
        "lib.Gone", "package lib; public class Gone { public static String hi() { return \"hi\"; } }",
        "app.Main", """
            package app;
            public class Main {
              public static void main(String[] args) {
                for (int i = 0; i < 2; i++) {
                  try { System.out.println(lib.Api.added()); } catch (NoSuchMethodError e) { System.out.println("no added"); }
                  try { System.out.println(new lib.Api().more()); } catch (NoSuchMethodError e) { System.out.println("no more"); }
                  try { System.out.println(lib.Gone.hi()); } catch (NoClassDefFoundError e) { System.out.println(e); }
                  try { System.out.println(lib.Api.count); } catch (NoSuchFieldError e) { System.out.println("no count"); }
                  try { System.out.println(new lib.Api().size); } catch (NoSuchFieldError e) { System.out.println("no size"); }
                }
              }
            }
            """), 8, temp.resolve("classes"));
    // the older version of the library, first on the class path, has neither the methods nor the class
    Path older = Compiler.compile(Map.of("lib.Api", "package lib; public class Api {}"), 8, temp.resolve("older"));
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).level(0).pass("references", true).build(),
        JarmorListener.SILENT);
    assertThat(indy(read(entry(out, "app/Main.class")))).hasSizeGreaterThanOrEqualTo(5);
    Files.delete(classes.resolve("lib/Gone.class"));
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(out.toFile())) {
      for (var e : java.util.Collections.list(zip.entries())) {
        if (!e.isDirectory() && !e.getName().equals("lib/Gone.class")) {
          entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
        }
      }
    }
    Path withoutGone = Jars.write(temp.resolve("without-gone.jar"), entries, null);

    String original = JavaRunner.output(List.of(older, classes), "app.Main");
    assertThat(original).contains("no added", "no more", "NoClassDefFoundError: lib/Gone", "no count", "no size");
    assertThat(JavaRunner.output(List.of(older, withoutGone), "app.Main")).isEqualTo(original);
  }

  @Test
  void methodsThatWouldNotFitKeepTheirCalls() throws Exception {
    Map<String, byte[]> entries = new TreeMap<>();
    entries.put("big/Main.class", bigMain());
    Path jar = Jars.write(temp.resolve("big.jar"), entries, null);
    Path out = temp.resolve("out.jar");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(jar).output(out).level(0)
        .pass("references", true).build(), JarmorListener.SILENT);

    assertThat(result.passes().skipped()).extracting(PassLog.Skipped::method, PassLog.Skipped::why).containsExactly(
        org.assertj.core.groups.Tuple.tuple("padded()V", "code would exceed 65535 bytes"),
        org.assertj.core.groups.Tuple.tuple("tooMany()V", "constant pool would exceed 65535 entries"));
    ClassNode after = read(entry(out, "big/Main.class"));
    // and the four calls of main, and the four field accesses of tick and main (count read and written, count
    // read and System.out)
    assertThat(indy(after)).hasSize(CALLS_THAT_FIT + 4 + 4);
    assertThat(JavaRunner.output(List.of(out), "big.Main")).isEqualTo((CALLS_THAT_FIT + 3 + TOO_MANY) + "\n");
  }

  private static final int CALLS_THAT_FIT = 9000;
  private static final int TOO_MANY = 2000;

  /**
   * A class whose main counts calls: {@code many} makes 9000 calls (they fit), {@code padded} three
   * calls in code padded to the limit, {@code tooMany} 2000 more than the constant pool has room for.
   */
  private static byte[] bigMain() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "big/Main", null, "java/lang/Object", null);
    writer.visitField(Opcodes.ACC_STATIC, "count", "I", null, null).visitEnd();
    MethodVisitor tick = writer.visitMethod(Opcodes.ACC_STATIC, "tick", "()V", null, null);
    tick.visitCode();
    tick.visitFieldInsn(Opcodes.GETSTATIC, "big/Main", "count", "I");
    tick.visitInsn(Opcodes.ICONST_1);
    tick.visitInsn(Opcodes.IADD);
    tick.visitFieldInsn(Opcodes.PUTSTATIC, "big/Main", "count", "I");
    tick.visitInsn(Opcodes.RETURN);
    tick.visitMaxs(0, 0);
    tick.visitEnd();
    calls(writer, "many", CALLS_THAT_FIT, 0);
    calls(writer, "padded", 3, 65535 - 3 * 3 - 1);
    calls(writer, "tooMany", TOO_MANY, 0);
    MethodVisitor main = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V",
        null, null);
    main.visitCode();
    for (String name : List.of("many", "padded", "tooMany")) {
      main.visitMethodInsn(Opcodes.INVOKESTATIC, "big/Main", name, "()V", false);
    }
    main.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    main.visitFieldInsn(Opcodes.GETSTATIC, "big/Main", "count", "I");
    main.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println", "(I)V", false);
    main.visitInsn(Opcodes.RETURN);
    main.visitMaxs(0, 0);
    main.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static void calls(ClassWriter writer, String name, int calls, int padding) {
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, name, "()V", null, null);
    method.visitCode();
    for (int i = 0; i < padding; i++) {
      method.visitInsn(Opcodes.NOP);
    }
    for (int i = 0; i < calls; i++) {
      method.visitMethodInsn(Opcodes.INVOKESTATIC, "big/Main", "tick", "()V", false);
    }
    method.visitInsn(Opcodes.RETURN);
    method.visitMaxs(0, 0);
    method.visitEnd();
  }

  private static ClassNode read(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, 0);
    return node;
  }

  private static byte[] entry(Path jar, String name) throws Exception {
    try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return in.readAllBytes();
    }
  }

  /** Every invoke instruction other than invokespecial, as {@code owner.name}. */
  private static List<String> calls(ClassNode node) {
    List<String> calls = new ArrayList<>();
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof MethodInsnNode call && call.getOpcode() != Opcodes.INVOKESPECIAL
            && !call.desc.equals("(ILjava/lang/Class;[B)V")) {
          calls.add(call.owner + "." + call.name);
        }
      }
    }
    return calls;
  }

  /** Every field instruction, as {@code owner.name}. */
  private static List<String> fields(ClassNode node) {
    List<String> fields = new ArrayList<>();
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof FieldInsnNode field) {
          fields.add(field.owner + "." + field.name);
        }
      }
    }
    return fields;
  }

  /** The invokedynamic sites of hidden calls: their bootstrap takes an encrypted target, a key and a kind. */
  private static List<InvokeDynamicInsnNode> indy(ClassNode node) {
    List<InvokeDynamicInsnNode> sites = new ArrayList<>();
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof InvokeDynamicInsnNode site && site.bsmArgs.length == 3
            && site.bsmArgs[2] instanceof Integer) {
          sites.add(site);
        }
      }
    }
    return sites;
  }
}
