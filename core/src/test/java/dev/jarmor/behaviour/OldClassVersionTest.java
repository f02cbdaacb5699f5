package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.SameOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Class files of version 50 (Java 6), as old libraries inside fat jars still ship them, cannot use
 * invokedynamic: their string constants are decoded through the runtime's cached decoder instead,
 * and static final String constants, moved into the class initializer, read the same through
 * reflection.
 */
class OldClassVersionTest {

  private static final String SOURCE = """
      package old;

      import java.lang.reflect.Field;

      public class Main {
        static final String GREETING = "hello from an old class";
        private static final String SECRET = "do not read me in the class file";

        interface Named {
          String PREFIX = "named: ";
        }

        public static void main(String[] args) throws Exception {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < 3; i++) {
            text.append(GREETING.length() + i * 1000).append(',');
          }
          System.out.println(text + Named.PREFIX + describe(123456789L));
          for (Field field : Main.class.getDeclaredFields()) {
            if (field.getType() == String.class) {
              field.setAccessible(true);
              System.out.println("field value " + field.get(null));
            }
          }
          System.out.println(("do not read " + "me in the class file") == SECRET);
        }

        static String describe(long value) {
          return "value " + (value * 31) + " of " + Long.MAX_VALUE;
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void stringsOfVersion50ClassesDecodeThroughTheRuntime() throws Exception {
    Path classes = Compiler.compile(Map.of("old.Main", SOURCE), 8, temp.resolve("classes"));
    try (var files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.write(file, version50(Files.readAllBytes(file)));
      }
    }
    Path out = temp.resolve("out.jar");
    String output = SameOutput.afterProtection(classes, out, ProtectOptions.builder().level(2).seed(5L), "old.Main",
        List.of());
    assertThat(output).contains("23,1023,2023,named: value 3827160459 of 9223372036854775807",
        "field value do not read me in the class file", "true");
    for (var entry : ClassFiles.of(out).entrySet()) {
      assertThat(new String(entry.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1))
          .as(entry.getKey()).doesNotContain("hello from", "do not read", "named: ");
    }
  }

  private static byte[] version50(byte[] classFile) {
    ClassWriter writer = new ClassWriter(0);
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
      }
    }, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
