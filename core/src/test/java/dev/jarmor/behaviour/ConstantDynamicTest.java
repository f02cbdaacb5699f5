package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.JavaRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Constant dynamic (which javac does not emit): a condy whose bootstrap is a program method in a
 * renamed class keeps pointing at it, as does a method handle passed as a bootstrap argument.
 */
class ConstantDynamicTest {

  @TempDir Path temp;

  @Test
  void bootstrapHandlesFollowRenamedMethodsAndClasses() throws Exception {
    String bootstrapDesc = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
        + "Ljava/lang/invoke/MethodHandle;)Ljava/lang/Object;";
    ClassWriter support = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    support.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, "cd/impl/Support", null, "java/lang/Object", null);
    MethodVisitor boot = support.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "boot", bootstrapDesc, null, null);
    boot.visitCode();
    boot.visitVarInsn(Opcodes.ALOAD, 3);
    boot.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invoke", "()Ljava/lang/String;", false);
    boot.visitInsn(Opcodes.ARETURN);
    boot.visitMaxs(0, 0);
    boot.visitEnd();
    MethodVisitor value = support.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "value", "()Ljava/lang/String;", null, null);
    value.visitCode();
    value.visitLdcInsn("from condy");
    value.visitInsn(Opcodes.ARETURN);
    value.visitMaxs(0, 0);
    value.visitEnd();
    support.visitEnd();

    ClassWriter main = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    main.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, "cd/Main", null, "java/lang/Object", null);
    MethodVisitor m = main.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
    m.visitCode();
    m.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    m.visitLdcInsn(new ConstantDynamic("text", "Ljava/lang/Object;",
        new Handle(Opcodes.H_INVOKESTATIC, "cd/impl/Support", "boot", bootstrapDesc, false),
        new Handle(Opcodes.H_INVOKESTATIC, "cd/impl/Support", "value", "()Ljava/lang/String;", false)));
    m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/Object;)V", false);
    m.visitInsn(Opcodes.RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    main.visitEnd();

    Path input = Jars.write(temp.resolve("in.jar"),
        Map.of("cd/Main.class", main.toByteArray(), "cd/impl/Support.class", support.toByteArray()), null);
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(input).output(out).build(), JarmorListener.SILENT);

    assertThat(Jars.names(out)).doesNotContain("cd/impl/Support.class");
    assertThat(JavaRunner.output(List.of(input), "cd.Main")).isEqualTo("from condy\n");
    assertThat(JavaRunner.output(List.of(out), "cd.Main")).isEqualTo("from condy\n");
  }
}
