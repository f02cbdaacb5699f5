package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Verification blames protection only for what it broke (exit 5, core's {@code BytecodeVerifierTest}): a method
 * that does not verify in the input either is a warning, and the output is written.
 */
class VerificationFailureTest {

  @TempDir Path temp;

  @Test
  void aMethodThatDoesNotVerifyInTheInputIsAWarningNotAFailure() throws Exception {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "bad/Broken", null, "java/lang/Object", null);
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "compute", "()I", null, null);
    method.visitCode();
    method.visitLdcInsn("not an int");
    method.visitInsn(Opcodes.IRETURN);
    method.visitMaxs(1, 0);
    method.visitEnd();
    writer.visitEnd();
    Path input = temp.resolve("in.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(input))) {
      zip.putNextEntry(new ZipEntry("bad/Broken.class"));
      zip.write(writer.toByteArray());
      zip.closeEntry();
    }
    Path out = temp.resolve("out.jar");

    Cli.Result result = Cli.run("protect", "-q", "--keep", "bad.**", "-o", out.toString(), input.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("jarmor: warning: 1 method does not verify in the input either, so protection"
        + " did not break it: bad.Broken.compute()I: Error at instruction ");
    assertThat(out).exists();
  }
}
