package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Output that does not verify is never written: exit 5, naming the class and the method. */
class VerificationFailureTest {

  @TempDir Path temp;

  @Test
  void classThatDoesNotVerifyExitsFiveNamingClassAndMethod() throws Exception {
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
      for (Map.Entry<String, byte[]> e : Map.of("bad/Broken.class", writer.toByteArray()).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    Path out = temp.resolve("out.jar");

    Cli.Result result = Cli.run("protect", "-q", "--keep", "bad.**", "-o", out.toString(), input.toString());

    assertThat(result.exitCode()).isEqualTo(5);
    assertThat(result.err()).startsWith("jarmor: error: output does not verify: bad.Broken.compute()I");
    assertThat(out).doesNotExist();
  }
}
