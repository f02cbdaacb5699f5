package dev.jarmor.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.Compiler;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/** Our computation from the class file gives exactly what the JVM computes for the loaded class. */
class DefaultSerialVersionUidTest {

  @TempDir Path temp;

  private static final Map<String, String> SOURCES = Map.of(
      "s.Plain", "package s; public class Plain implements java.io.Serializable { int a; private int b;"
          + " private static int c; transient long d; protected String e; public static final String F = \"f\";"
          + " public Plain() {} Plain(int x) {} private Plain(String y) {}"
          + " public void run() {} private void hidden() {} static synchronized int count(int[] x, String... y) { return 0; }"
          + " java.util.function.Supplier<String> lambda() { return () -> e; } }",
      "s.Outer", "package s; public class Outer { public static final class Nested implements java.io.Serializable {"
          + " int n; } protected class Inner implements java.io.Serializable { int i; }"
          + " private static class Hidden implements java.io.Serializable, Comparable<Hidden> {"
          + " public int compareTo(Hidden h) { return 0; } } static Object hidden() { return new Hidden(); } }",
      "s.Api", "package s; public interface Api extends java.io.Serializable { int value(); }",
      "s.Marker", "package s; public interface Marker extends java.io.Serializable, Cloneable {}",
      "s.WithInit", "package s; abstract class WithInit implements java.io.Serializable { static final java.util.List<String> L ="
          + " new java.util.ArrayList<>(); volatile int v; abstract void go(); }",
      "s.Generic", "package s; public class Generic<T extends Comparable<T>> implements java.io.Serializable, Comparable<Generic<T>> {"
          + " T value; public int compareTo(Generic<T> o) { return value.compareTo(o.value); } }");

  @ParameterizedTest(name = "Java {0}")
  @ValueSource(ints = {8, 17})
  void matchesTheJvmForEveryKindOfClass(int release) throws Exception {
    Path classes = Compiler.compile(SOURCES, release, temp.resolve("c" + release));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
        Stream<Path> files = Files.walk(classes)) {
      int compared = 0;
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        ClassNode node = new ClassNode();
        new ClassReader(Files.readAllBytes(file)).accept(node, 0);
        Class<?> cls = Class.forName(node.name.replace('/', '.'), false, loader);
        if (!Serializable.class.isAssignableFrom(cls)) {
          continue;
        }
        assertThat(DefaultSerialVersionUid.of(node)).as(node.name)
            .isEqualTo(ObjectStreamClass.lookupAny(cls).getSerialVersionUID());
        compared++;
      }
      assertThat(compared).isEqualTo(8);
    }
  }
}
