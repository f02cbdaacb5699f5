package dev.jarmor.passes.strings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.passes.JitLimits;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * String encryption keeps a method within the JIT limit its original was within by moving its error messages out:
 * {@code Ring.put}, 323 bytes with 15 constants in two messages built by {@code StringBuilder} (Java 8 bytecode),
 * one of them reading a long and a double local, would grow past 325 bytes encrypted in place.
 */
class ColdMessagesTest {

  @TempDir Path temp;

  @Test
  void encryptedMethodStaysWithinTheJitLimitAndBehavesAsBefore() throws Exception {
    Path classes = Programs.compile("cold", 8, temp.resolve("classes"));
    MethodNode original = method(read(Files.readAllBytes(classes.resolve("cold/Ring.class"))), "put");
    long constants = Stream.of(original.instructions.toArray())
        .filter(insn -> insn instanceof LdcInsnNode ldc && ldc.cst instanceof String).count();
    assertThat(JitLimits.length(original)).as("within the limit").isLessThanOrEqualTo(JitLimits.FREQ_INLINE_SIZE);
    assertThat(JitLimits.length(original) + 3 * constants).as("each ldc, 2 bytes, an invokedynamic of 5 in place")
        .isGreaterThan(JitLimits.FREQ_INLINE_SIZE);

    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).seed(3L).level(2).keep("cold.**").build(),
        JarmorListener.SILENT);

    assertThat(JavaRunner.output(List.of(out), "cold.Ring")).as("the same checksum, message and throwing method")
        .isEqualTo(JavaRunner.output(List.of(classes), "cold.Ring")).contains("nulls are refused. in put");
    ClassNode ring;
    try (ZipFile zip = new ZipFile(out.toFile()); InputStream in = zip.getInputStream(zip.getEntry("cold/Ring.class"))) {
      ring = read(in.readAllBytes());
    }
    assertThat(JitLimits.length(method(ring, "put"))).isLessThanOrEqualTo(JitLimits.FREQ_INLINE_SIZE);
    assertThat(ring.methods).filteredOn(m -> m.desc.endsWith(")Ljava/lang/String;"))
        .as("the two messages, each in a private static method of the class")
        .hasSize(2).allSatisfy(m -> assertThat(m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC))
            .isEqualTo(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC));
    assertThat(ring.methods).flatExtracting(m -> List.of(m.instructions.toArray())).as("every constant encrypted")
        .noneMatch(insn -> insn instanceof LdcInsnNode ldc && ldc.cst instanceof String);
  }

  private static ClassNode read(byte[] classFile) {
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, 0);
    return node;
  }

  private static MethodNode method(ClassNode node, String name) {
    return node.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
  }
}
