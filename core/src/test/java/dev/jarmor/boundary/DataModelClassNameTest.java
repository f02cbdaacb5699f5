package dev.jarmor.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import dev.jarmor.testing.Compiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model's class name keeps where the library its class is handed to writes class names (Kryo), and only
 * there: a Jackson model handed over by a class that happens to be called Kryo keeps its properties, not its
 * class name. The libraries are stand-ins of the same names, compiled with the program: the analysis reads
 * only the calls.
 */
class DataModelClassNameTest {

  private static final Map<String, String> SOURCES = Map.of(
      "com.esotericsoftware.kryo.Kryo", "package com.esotericsoftware.kryo;"
          + " public class Kryo { public void register(Class<?> type) {} }",
      "com.fasterxml.jackson.databind.ObjectMapper", "package com.fasterxml.jackson.databind;"
          + " public class ObjectMapper { public <T> T readValue(String text, Class<T> type) { return null; } }",
      "p.Order", "package p; public class Order { String item; public String getItem() { return item; } }",
      "p.Line", "package p; public class Line { int count; public int getCount() { return count; } }",
      "p.Main", "package p; public class Main { public static void main(String[] a) {"
          + " new com.esotericsoftware.kryo.Kryo().register(Order.class); Kryo.read(\"{}\"); } }",
      "p.Kryo", "package p; class Kryo { static Line read(String text) {"
          + " return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Line.class); } }");

  @TempDir Path temp;

  @Test
  void classNamesKeepWhereTheLibraryWritesThem() throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      assertThat(reasons(analysis, Target.ofClass("p/Order"))).as("Kryo writes the class's name")
          .anyMatch(r -> r.startsWith("data model of Kryo.register at p.Main.main") && r.endsWith("documents name its class"));
      assertThat(reasons(analysis, Target.ofMethod("p/Order", "getItem", "()Ljava/lang/String;")))
          .anyMatch(r -> r.endsWith("documents name its properties"));

      assertThat(reasons(analysis, Target.ofMethod("p/Line", "getCount", "()I"))).as("a Jackson model")
          .anyMatch(r -> r.startsWith("data model of ObjectMapper.readValue at p.Kryo.read"));
      assertThat(reasons(analysis, Target.ofClass("p/Line"))).as("Jackson writes no class name").isEmpty();
    }
  }

  private static List<String> reasons(Analysis analysis, Target target) {
    return analysis.plan().keeps().getOrDefault(target, List.of()).stream().map(Reason::text).toList();
  }
}
