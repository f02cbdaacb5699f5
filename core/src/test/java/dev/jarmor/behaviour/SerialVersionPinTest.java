package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.testing.Compiler;
import java.io.ObjectStreamClass;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A class without a declared serialVersionUID keeps the one the JVM computed for its original form,
 * whatever is renamed, in both wire modes; a declared one is left alone.
 */
class SerialVersionPinTest {

  @TempDir Path temp;

  /**
   * At level 3 the passes add members (the number key and its initializer) that would change a
   * computed serialVersionUID: the pin, written first, holds whatever they add.
   */
  @ParameterizedTest(name = "--wire {0} --level {1}")
  @CsvSource({"OPEN, 1", "CLOSED, 1", "OPEN, 3", "CLOSED, 3"})
  void pinnedValueSurvivesRenamingAndEveryPass(ProtectOptions.Wire wire, int level) throws Exception {
    Path classes = Compiler.compile(Map.of(
        "p.Order", "package p; public class Order implements java.io.Serializable { private String id;"
            + " int quantity; public String id() { return id; } void bump() { quantity += 1000; }"
            + " public String label() { return \"order #\" + id + \" of \" + quantity; } }",
        "p.Declared", "package p; public class Declared implements java.io.Serializable {"
            + " private static final long serialVersionUID = 42L; int value; void touch() {} }"), 17, temp.resolve("c"));
    long original;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      original = ObjectStreamClass.lookup(Class.forName("p.Order", false, loader)).getSerialVersionUID();
    }
    Path out = temp.resolve("out.jar");

    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(classes).output(out).wire(wire).level(level)
        .build(),
        JarmorListener.SILENT);

    String orderName = result.plan().className("p/Order").replace('/', '.');
    assertThat(orderName.equals("p.Order")).isEqualTo(wire == ProtectOptions.Wire.OPEN);
    assertThat(result.plan().serialVersions()).containsEntry("p/Order", original).doesNotContainKey("p/Declared");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, null)) {
      assertThat(ObjectStreamClass.lookup(Class.forName(orderName, false, loader)).getSerialVersionUID())
          .isEqualTo(original);
      String declared = result.plan().className("p/Declared").replace('/', '.');
      assertThat(ObjectStreamClass.lookup(Class.forName(declared, false, loader)).getSerialVersionUID()).isEqualTo(42L);
    }
  }
}
