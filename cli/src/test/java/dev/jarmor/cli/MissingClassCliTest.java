package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A supertype in neither the input, a --lib nor the JDK: a warning, protection goes on, explain says why the
 * methods that may override it keep their names; {@code --strict-classpath} stops (BadInputTest).
 */
class MissingClassCliTest {

  @TempDir Path temp;
  private Path input;

  @BeforeEach
  void writeInput() throws Exception {
    input = temp.resolve("in.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(input))) {
      zip.putNextEntry(new ZipEntry("a/Activator.class"));
      zip.write(classWithRun("a/Activator", "org/acme/osgi/BundleActivator"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("a/Plain.class"));
      zip.write(classWithRun("a/Plain", "java/lang/Object"));
      zip.closeEntry();
    }
  }

  @Test
  void protectWarnsAndGoesOn() {
    Path out = temp.resolve("out.jar");
    Cli.Result result = Cli.run("protect", "-q", "-o", out.toString(), input.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("jarmor: warning: 1 class is missing from the classpath (not in the program, its"
        + " --lib libraries or the JDK)").contains("\n  org.acme.osgi: BundleActivator, needed by a.Activator");
    assertThat(out).exists();
  }

  @Test
  void explainSaysWhyTheMethodKeepsItsName() {
    Cli.Result result = Cli.run("explain", "-q", input.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("may override or implement a method of org.acme.osgi.BundleActivator (missing"
        + " from the classpath) [missing-supertype]");
  }

  /** A public class with a constructor and {@code public void run()} doing nothing. */
  private static byte[] classWithRun(String name, String superName) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, name, null, superName, null);
    MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", "()V", false);
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    MethodVisitor run = writer.visitMethod(Opcodes.ACC_PUBLIC, "run", "()V", null, null);
    run.visitCode();
    run.visitInsn(Opcodes.RETURN);
    run.visitMaxs(0, 0);
    run.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }
}
