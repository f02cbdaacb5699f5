package dev.jarmor.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.ClassNode;

/**
 * Scala's boundaries on classes shaped as Scala compiles them, written in Java: module classes with
 * {@code MODULE$}, a TypeTag's {@code staticClass}/{@code staticModule} calls on a stand-in
 * {@code scala.reflect.api.Mirror}, and {@code ScalaSignature} annotations of a stand-in of the same
 * name (the analysis reads only names and descriptors).
 */
class ScalaBoundariesTest {

  private static final Map<String, String> LIBRARY = Map.of(
      "scala.reflect.api.Mirror", "package scala.reflect.api; public abstract class Mirror {"
          + " public abstract Object staticClass(String name); public abstract Object staticModule(String name); }",
      "scala.reflect.ScalaSignature", "package scala.reflect;"
          + " @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)"
          + " public @interface ScalaSignature { String bytes(); }",
      "com.fasterxml.jackson.databind.ObjectMapper", "package com.fasterxml.jackson.databind;"
          + " public class ObjectMapper { public String writeValueAsString(Object value) { return null; } }",
      "com.fasterxml.jackson.databind.json.JsonMapper", "package com.fasterxml.jackson.databind.json;"
          + " public class JsonMapper extends com.fasterxml.jackson.databind.ObjectMapper { }");

  private static final Map<String, String> SOURCES = Map.ofEntries(
      Map.entry("p.Sale", "package p; @scala.reflect.ScalaSignature(bytes = \"sale\") public final class Sale"
          + " implements java.io.Serializable { private final String item; private Item part;"
          + " public Sale(String item) { this.item = item; } public String item() { return item; } }"),
      Map.entry("p.Sale$", "package p; public final class Sale$ { public static final Sale$ MODULE$ = new Sale$();"
          + " public Sale apply(String item) { return new Sale(item); } }"),
      Map.entry("p.Item", "package p; @scala.reflect.ScalaSignature(bytes = \"item\") public final class Item {"
          + " java.util.List<Part> parts; public int count() { return 0; } }"),
      Map.entry("p.Part", "package p; public final class Part { int size; }"),
      Map.entry("p.Shop$Rules$", "package p; public final class Shop$Rules$ {"
          + " public static final Shop$Rules$ MODULE$ = new Shop$Rules$(); public int limit() { return 10; } }"),
      Map.entry("p.Hidden", "package p; @scala.reflect.ScalaSignature(bytes = \"hidden\") public class Hidden {"
          + " public int secret() { return 1; } }"),
      Map.entry("p.Total", "package p; public final class Total { }"),
      Map.entry("p.Total$", "package p; public final class Total$ { public static final Total$ MODULE$ = new Total$();"
          + " public String toString() { return \"Total\"; } }"),
      Map.entry("p.Basket", "package p; public final class Basket { private final String owner;"
          + " public Basket(String owner) { this.owner = owner; } public String owner() { return owner; }"
          + " public int total() { return 0; } }"),
      Map.entry("p.Json", "package p; public class Json { static String write(com.fasterxml.jackson.databind.json.JsonMapper m) {"
          + " return m.writeValueAsString(new Basket(\"ann\")); } }"),
      Map.entry("p.Plain", "package p; public class Plain { public static Plain MODULE$; }"),
      Map.entry("p.Tags", "package p; public class Tags { static void materialize(scala.reflect.api.Mirror m) {"
          + " m.staticClass(\"p.Sale\"); m.staticModule(\"p.Shop.Rules\"); } }"));

  @TempDir Path temp;

  @Test
  void jacksonThroughAJsonMapperKeepsACaseClassesValAccessors() throws Exception {
    Path classes = compile();
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).library(library().toString()).build(),
        JarmorListener.SILENT)) {
      String why = "data model of ObjectMapper.writeValueAsString at p.Json.write:1: documents name its properties";
      assertThat(reasons(analysis, Target.ofMethod("p/Basket", "owner", "()Ljava/lang/String;")))
          .as("a val's accessor, named as its field: jackson-module-scala's property").contains(why);
      assertThat(reasons(analysis, Target.ofField("p/Basket", "owner", "Ljava/lang/String;"))).contains(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Basket", "total", "()I"))).as("no field of that name").isEmpty();
    }
  }

  @Test
  void objectsKeepModuleAndReflectedClassesKeepTheirNames() throws Exception {
    Path classes = compile();
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).library(library().toString()).build(),
        JarmorListener.SILENT)) {
      assertThat(reasons(analysis, Target.ofField("p/Sale$", "MODULE$", "Lp/Sale$;")))
          .contains("Scala object: MODULE$ is found by name by ModuleSerializationProxy and Java callers");
      assertThat(reasons(analysis, Target.ofField("p/Plain", "MODULE$", "Lp/Plain;")))
          .as("not final: no Scala object").isEmpty();

      String why = "Scala reflection reads its signature (staticClass(\"p.Sale\") at p.Tags.materialize:1):"
          + " the names it spells stay";
      assertThat(reasons(analysis, Target.ofClass("p/Sale"))).contains(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Sale", "item", "()Ljava/lang/String;"))).contains(why);
      assertThat(reasons(analysis, Target.ofField("p/Sale", "item", "Ljava/lang/String;"))).contains(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Sale$", "apply", "(Ljava/lang/String;)Lp/Sale;")))
          .as("the companion, which the signature describes too").contains(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Item", "count", "()I"))).as("a field's type")
          .contains("Scala reflection reads its signature: type of field part of p.Sale, whose signature it reads");
      assertThat(reasons(analysis, Target.ofField("p/Part", "size", "I"))).as("a field's generic type argument")
          .contains("Scala reflection reads its signature: type of field parts of p.Item, whose signature it reads");
      assertThat(reasons(analysis, Target.ofMethod("p/Shop$Rules$", "limit", "()I"))).as("a module nested in an object")
          .anyMatch(r -> r.startsWith("Scala reflection reads its signature (staticModule(\"p.Shop.Rules\")"));
      assertThat(reasons(analysis, Target.ofClass("p/Hidden"))).isEmpty();
      assertThat(reasons(analysis, Target.ofClass("p/Total")))
          .as("the name a case class's companion prints, whatever the class is called").isEmpty();
    }
  }

  @Test
  void signaturesGoWhereTheirNamesAreRenamed() throws Exception {
    Path classes = compile();
    Files.writeString(classes.resolve("p/Sale.tasty"), "sale");
    Files.writeString(classes.resolve("p/Hidden.tasty"), "hidden");
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).library(library().toString()).build(),
        JarmorListener.SILENT)) {
      assertThat(reasons(analysis, Target.ofPackage("p"))).as("a .tasty file is its class's, not a resource code finds")
          .isEmpty();
    }
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).library(library().toString()).output(out).build(), JarmorListener.SILENT);

    assertThat(Jars.names(out)).contains("p/Sale.class", "p/Sale.tasty").doesNotContain("p/Hidden.class", "p/Hidden.tasty");
    List<String> signed = ClassFiles.of(out).entrySet().stream()
        .filter(e -> annotations(ClassFiles.node(e.getValue())).contains("Lscala/reflect/ScalaSignature;"))
        .map(Map.Entry::getKey).toList();
    assertThat(signed).as("only where every name the signature spells stays: Hidden, renamed, loses it")
        .containsExactly("p/Item.class", "p/Sale.class");
  }

  private Path library() {
    return temp.resolve("scala");
  }

  private Path compile() throws Exception {
    Compiler.compile(LIBRARY, 17, library());
    return Compiler.compile(SOURCES, 17, temp.resolve("classes"), library().toString());
  }

  private static List<String> annotations(ClassNode node) {
    return node.visibleAnnotations == null ? List.of() : node.visibleAnnotations.stream().map(a -> a.desc).toList();
  }

  private static List<String> reasons(Analysis analysis, Target target) {
    return analysis.plan().keeps().getOrDefault(target, List.of()).stream().map(Reason::text).toList();
  }
}
