package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.licensing.VendorKeys;
import dev.jarmor.runtime.EncryptedBodies;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.Programs;
import dev.jarmor.testing.SameOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import javax.crypto.AEADBadTagException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The test programs with their method bodies encrypted ({@code encrypt}): the same output as the original at
 * levels 1 to 4, run from the class path, with {@code -jar} and as a library of an unprotected program; nothing of
 * an encrypted method's code left in any class file; and what a class-path scanner reads of the classes unchanged.
 */
class EncryptBehaviourTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0} at level {2}")
  @CsvSource({"java8, app.Main, 1", "java8, app.Main, 2", "java8, app.Main, 3", "java8, app.Main, 4",
      "java17, shop.Main, 1", "java17, shop.Main, 2", "java17, shop.Main, 3", "java17, shop.Main, 4"})
  void behavesLikeTheOriginal(String program, String main, int level) throws Exception {
    Path classes = Programs.compile(program, program.equals("java8") ? 8 : 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    SameOutput.afterProtection(classes, out, ProtectOptions.builder().seed(42L).level(level).pass("encrypt", true),
        main, List.of());
    assertThat(encrypted(ClassFiles.of(out))).as("methods encrypted").hasSizeGreaterThan(10);
  }

  @Test
  void runsWithDashJarAndAsALibraryOfAnUnprotectedProgram() throws Exception {
    Path classes = Programs.compile("java17", 17, temp.resolve("classes"));
    Path input = Jars.write(temp.resolve("shop.jar"), Jars.entries(classes), Jars.manifest("Main-Class", "shop.Main"));
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(input).output(out).level(3).libraryMode(true).pass("encrypt", true)
        .build(), JarmorListener.SILENT);
    String original = JavaRunner.command(List.of(JavaRunner.javaExecutable().toString(), "-jar", input.toString()))
        .succeeded();
    assertThat(JavaRunner.command(List.of(JavaRunner.javaExecutable().toString(), "-jar", out.toString())).succeeded())
        .isEqualTo(original);
    // an unprotected program calling the protected one's public API
    Path user = dev.jarmor.testing.Compiler.compile(Map.of("user.Caller", """
        package user;
        public class Caller {
          public static void main(String[] args) throws Exception {
            shop.Main.main(args);
          }
        }
        """), 17, temp.resolve("user"), classes.toString());
    assertThat(JavaRunner.output(List.of(user, out), "user.Caller")).isEqualTo(original);
  }

  @Test
  void leavesNothingOfAnEncryptedMethodsCodeInTheJar() throws Exception {
    Path classes = Programs.compile("java17", 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    // level 0: names as they came, so that each stub is found by its input method's name
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(classes).output(out).level(0)
        .pass("encrypt", true).build(), JarmorListener.SILENT);
    Map<String, byte[]> output = ClassFiles.of(out);
    Set<String> encrypted = encrypted(output);
    assertThat(encrypted).hasSizeGreaterThan(10);
    assertThat(result.passes().counts().get("encrypt").sites()).isEqualTo(encrypted.size());
    Set<String> moved = moved(classes, encrypted);
    Map<String, byte[]> input = ClassFiles.of(classes);
    for (Map.Entry<String, byte[]> entry : output.entrySet()) {
      if (input.containsKey(entry.getKey())) {
        // the program's classes: jarmor's runtime, added beside them, uses JDK methods of the same names
        assertThat(utf8Constants(entry.getValue())).as(entry.getKey()).doesNotContainAnyElementsOf(moved);
      }
    }
  }

  @Test
  void aDecompilerShowsOnlyStubs() throws Exception {
    Path classes = Programs.compile("java17", 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).level(0).pass("encrypt", true).build(),
        JarmorListener.SILENT);
    Set<String> moved = moved(classes, encrypted(ClassFiles.of(out)));
    String original = decompiled(classes, temp.resolve("original"));
    String encrypted = decompiled(out, temp.resolve("encrypted"));
    assertThat(moved).as("what the encrypted methods alone hold").filteredOn(original::contains).isNotEmpty();
    for (String constant : moved) {
      assertThat(encrypted).as("Vineflower's view of the encrypted program").doesNotContain("\"" + constant + "\"");
    }
    // Vineflower shows each stub as a call of the bootstrap with the body's name: owner.method<"b0", salt, chunks...>
    assertThat(encrypted).as("the stubs").containsPattern("\\w+\\.\\w+<\"b\\d+\",");
  }

  /** The sources Vineflower makes of a class folder or jar, run in its own JVM, all in one text. */
  private static String decompiled(Path input, Path folder) throws Exception {
    Path decompiler = Path.of(org.jetbrains.java.decompiler.main.decompiler.ConsoleDecompiler.class
        .getProtectionDomain().getCodeSource().getLocation().toURI());
    Files.createDirectories(folder);
    Path classes = input;
    if (!Files.isDirectory(input)) {
      classes = Files.createDirectories(folder.resolve("classes"));
      for (Map.Entry<String, byte[]> entry : ClassFiles.of(input).entrySet()) {
        Path file = classes.resolve(entry.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, entry.getValue());
      }
    }
    Path sources = Files.createDirectories(folder.resolve("sources"));
    JavaRunner.output(List.of(decompiler), "org.jetbrains.java.decompiler.main.decompiler.ConsoleDecompiler",
        classes.toString(), sources.toString());
    StringBuilder text = new StringBuilder();
    try (java.util.stream.Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        text.append(Files.readString(file)).append('\n');
      }
    }
    assertThat(text).as("Vineflower wrote sources").isNotEmpty();
    return text.toString();
  }

  /** The strings and names only the encrypted methods of the input hold: none of the methods that stayed uses them. */
  private static Set<String> moved(Path classes, Set<String> encrypted) throws Exception {
    Set<String> moved = new TreeSet<>();
    Set<String> stayed = new TreeSet<>();
    for (Map.Entry<String, byte[]> entry : ClassFiles.of(classes).entrySet()) {
      ClassNode node = ClassFiles.node(entry.getValue());
      stayed.add(node.name);
      stayed.add(node.superName);
      node.fields.forEach(field -> stayed.add(field.name));
      for (MethodNode method : node.methods) {
        stayed.add(method.name);
        (encrypted.contains(node.name + "." + method.name + method.desc) ? moved : stayed).addAll(constants(method));
      }
    }
    moved.removeAll(stayed);
    assertThat(moved).as("the encrypted methods' own strings and names").hasSizeGreaterThan(10);
    return moved;
  }

  @Test
  void withTheVendorsPrivateKeyNothingInTheJarDecryptsTheCode() throws Exception {
    Path classes = Programs.compile("java17", 17, temp.resolve("classes"));
    Path vendorKey = temp.resolve("vendor.key");
    VendorKeys.generate(vendorKey);
    Path out = temp.resolve("out.jar");
    List<String> warnings = new ArrayList<>();
    ProtectOptions.Builder options = ProtectOptions.builder().input(classes).level(0).pass("encrypt", true);
    // level 0: every string of the runtime, the build's part of the key among them, in plain sight
    Jarmor.protect(options.output(out).licensing(new ProtectOptions.Licensing(vendorKey, "shop", null,
        ProtectOptions.Licensing.OnError.EXIT)).build(), collecting(warnings));
    assertThat(warnings).isEmpty();
    Map<String, byte[]> output = ClassFiles.of(out);
    Set<String> candidates = new TreeSet<>();
    output.values().forEach(classFile -> ClassFiles.stringConstants(classFile).stream()
        .filter(constant -> constant.matches("[0-9a-f]{32,64}")).forEach(candidates::add));
    assertThat(candidates).as("the build's part").isNotEmpty();
    byte[] contentKey = VendorKeys.contentKey(VendorKeys.readPrivate(vendorKey));
    int decrypted = 0;
    for (byte[] classFile : output.values()) {
      ClassNode node = ClassFiles.node(classFile);
      InvokeDynamicInsnNode stub = node.methods.stream().flatMap(m -> java.util.stream.StreamSupport.stream(
          m.instructions.spliterator(), false)).filter(insn -> insn instanceof InvokeDynamicInsnNode indy
              && isStub(indy)).map(InvokeDynamicInsnNode.class::cast).findFirst().orElse(null);
      if (stub == null) {
        continue;
      }
      List<Object> arguments = List.of(stub.bsmArgs);
      assertThat(arguments.get(0)).as("the licence's check first").isInstanceOf(Handle.class);
      byte[] salt = ((String) arguments.get(1)).getBytes(StandardCharsets.ISO_8859_1);
      byte[] encrypted = String.join("", arguments.subList(2, arguments.size()).stream().map(String.class::cast)
          .toList()).getBytes(StandardCharsets.ISO_8859_1);
      String className = node.name.replace('/', '.');
      for (String build : candidates) {
        assertThatThrownBy(() -> EncryptedBodies.decrypt(EncryptedBodies.key(build, new byte[0], className, salt),
            className, salt, encrypted)).as("with what the jar holds").isInstanceOf(AEADBadTagException.class);
      }
      boolean withTheLicencesKey = false;
      for (String build : candidates) {
        try {
          EncryptedBodies.decrypt(EncryptedBodies.key(build, contentKey, className, salt), className, salt, encrypted);
          withTheLicencesKey = true;
        } catch (AEADBadTagException e) {
          // another candidate
        }
      }
      assertThat(withTheLicencesKey).as(className + " with the licence's key").isTrue();
      decrypted++;
    }
    assertThat(decrypted).isGreaterThan(3);

    Path publicOnly = temp.resolve("public-only.jar");
    Jarmor.protect(options.output(publicOnly).licensing(new ProtectOptions.Licensing(
        VendorKeys.publicKeyFile(vendorKey), "shop", null, ProtectOptions.Licensing.OnError.EXIT)).build(),
        collecting(warnings));
    assertThat(warnings).singleElement().asString().startsWith("--encrypt with --license vendor.pub: the key of the"
        + " encrypted code is in the jar").contains("give --license the vendor's private key file");
  }

  private static JarmorListener collecting(List<String> warnings) {
    return new JarmorListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
  }

  @Test
  void aScannerReadsTheSameClassesMembersAndAnnotations() throws Exception {
    Path classes = Programs.compile("java17", 17, temp.resolve("classes"));
    Path plain = temp.resolve("plain.jar");
    Path encrypted = temp.resolve("encrypted.jar");
    ProtectOptions.Builder options = ProtectOptions.builder().input(classes).level(2).seed(3L);
    Jarmor.protect(options.output(plain).build(), JarmorListener.SILENT);
    Jarmor.protect(options.output(encrypted).pass("encrypt", true).build(), JarmorListener.SILENT);
    Map<String, List<String>> scanned = scan(ClassFiles.of(plain));
    // the encrypted jar's runtime holds the decryptor besides
    assertThat(scan(ClassFiles.of(encrypted))).containsAllEntriesOf(scanned);
    assertThat(scanned.keySet()).hasSizeGreaterThan(5);
  }

  /** What a class-path scanner reads: each class with its supertypes and annotations, each member's. */
  private static Map<String, List<String>> scan(Map<String, byte[]> classFiles) {
    Map<String, List<String>> scanned = new TreeMap<>();
    for (byte[] classFile : classFiles.values()) {
      ClassNode node = new ClassNode();
      new ClassReader(classFile).accept(node, ClassReader.SKIP_CODE);
      List<String> read = new ArrayList<>();
      read.add(node.access + " " + node.superName + " " + node.interfaces + " " + node.signature + " "
          + annotations(node.visibleAnnotations) + annotations(node.invisibleAnnotations));
      node.fields.forEach(f -> read.add(f.access + " " + f.name + f.desc + " " + f.signature + " "
          + annotations(f.visibleAnnotations)));
      node.methods.forEach(m -> read.add(m.access + " " + m.name + m.desc + " " + m.signature + " " + m.exceptions + " "
          + annotations(m.visibleAnnotations) + annotations(m.invisibleAnnotations)));
      scanned.put(node.name, read);
    }
    return scanned;
  }

  private static String annotations(List<AnnotationNode> annotations) {
    return annotations == null ? "[]" : annotations.stream().map(EncryptBehaviourTest::annotation).toList().toString();
  }

  private static String annotation(AnnotationNode annotation) {
    return annotation.desc + (annotation.values == null ? "" : value(annotation.values));
  }

  private static String value(Object value) {
    return value instanceof String[] enumValue ? String.join(".", enumValue)
        : value instanceof AnnotationNode nested ? annotation(nested)
        : value instanceof List<?> values ? values.stream().map(EncryptBehaviourTest::value).toList().toString()
        : String.valueOf(value);
  }

  /** The encrypted methods of an output, {@code owner.name descriptor}: those whose code is a stub of the runtime's bootstrap. */
  private static Set<String> encrypted(Map<String, byte[]> output) {
    Set<String> encrypted = new TreeSet<>();
    for (byte[] classFile : output.values()) {
      ClassNode node = ClassFiles.node(classFile);
      for (MethodNode method : node.methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof InvokeDynamicInsnNode indy && isStub(indy)) {
            encrypted.add(node.name + "." + method.name + method.desc);
          }
        }
      }
    }
    return encrypted;
  }

  /** Whether the instruction calls the runtime's bootstrap of encrypted methods (a JDK bootstrap takes the same). */
  private static boolean isStub(InvokeDynamicInsnNode indy) {
    return !indy.bsm.getOwner().startsWith("java/") && indy.bsm.getDesc().equals(
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)"
            + "Ljava/lang/invoke/CallSite;");
  }

  /** The strings a method's code holds and the names of the methods and fields it uses. */
  private static Set<String> constants(MethodNode method) {
    Set<String> constants = new TreeSet<>();
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text && text.length() >= 3) {
        constants.add(text);
      } else if (insn instanceof MethodInsnNode call && !call.name.startsWith("<")) {
        constants.add(call.name);
      } else if (insn instanceof FieldInsnNode field) {
        constants.add(field.name);
      }
    }
    return constants;
  }

  /** Every CONSTANT_Utf8 of a class file: where names and string texts are stored. */
  private static Set<String> utf8Constants(byte[] classFile) throws java.io.IOException {
    ClassReader reader = new ClassReader(classFile);
    Set<String> texts = new TreeSet<>();
    for (int i = 1; i < reader.getItemCount(); i++) {
      int offset = reader.getItem(i);
      if (offset > 0 && classFile[offset - 1] == 1) {
        // an item's offset is past its tag: a two-byte length, then modified UTF-8, as DataInput reads it
        texts.add(new java.io.DataInputStream(new java.io.ByteArrayInputStream(classFile, offset,
            classFile.length - offset)).readUTF());
      }
    }
    return texts;
  }
}
