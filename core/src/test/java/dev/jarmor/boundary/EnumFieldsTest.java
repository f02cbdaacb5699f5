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
 * An enum's instance fields are neither serialized fields (a stream holds a constant by name) nor
 * data-model properties (documents hold the constant's name), unless Jackson writes the enum as an
 * object; members carrying a binding annotation keep. Jackson's annotations are stand-ins of the same
 * names, compiled with the program: the analysis reads only their descriptors.
 */
class EnumFieldsTest {

  private static final Map<String, String> SOURCES = Map.ofEntries(
      Map.entry("com.fasterxml.jackson.annotation.JsonProperty", "package com.fasterxml.jackson.annotation;"
          + " @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)"
          + " public @interface JsonProperty { String value() default \"\"; }"),
      Map.entry("com.fasterxml.jackson.annotation.JsonValue", "package com.fasterxml.jackson.annotation;"
          + " @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface JsonValue {}"),
      Map.entry("com.fasterxml.jackson.annotation.JsonFormat", "package com.fasterxml.jackson.annotation;"
          + " @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface JsonFormat {"
          + " Shape shape() default Shape.ANY; enum Shape { ANY, OBJECT, STRING } }"),
      Map.entry("p.Order", "package p; import com.fasterxml.jackson.annotation.*; public class Order"
          + " implements java.io.Serializable { @JsonProperty Status status; Code code; Money money;"
          + " @JsonFormat(shape = JsonFormat.Shape.OBJECT) Size size; }"),
      Map.entry("p.Status", "package p; public enum Status { NEW(\"new\"), DONE(\"done\") { };"
          + " private final String label; Status(String label) { this.label = label; }"
          + " public String getLabel() { return label; } }"),
      Map.entry("p.Code", "package p; public enum Code { A(\"a\"); private final String text;"
          + " Code(String text) { this.text = text; }"
          + " @com.fasterxml.jackson.annotation.JsonValue public String text() { return text; } }"),
      Map.entry("p.Money", "package p; @com.fasterxml.jackson.annotation.JsonFormat("
          + "shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.OBJECT) public enum Money { EUR(2);"
          + " private final int digits; Money(int digits) { this.digits = digits; }"
          + " public int getDigits() { return digits; } }"),
      Map.entry("p.Size", "package p; public enum Size { S(1); private final int width;"
          + " Size(int width) { this.width = width; } public int getWidth() { return width; } }"));

  @TempDir Path temp;

  @Test
  void enumFieldsKeepOnlyWhereDocumentsNameThem() throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      assertThat(reasons(analysis, Target.ofField("p/Status", "label", "Ljava/lang/String;")))
          .as("neither serialized nor a property").isEmpty();
      assertThat(reasons(analysis, Target.ofMethod("p/Status", "getLabel", "()Ljava/lang/String;"))).isEmpty();
      assertThat(reasons(analysis, Target.ofClass("p/Status"))).as("streams name the enum")
          .contains("Serializable: streams name the class (--wire open)");
      assertThat(reasons(analysis, Target.ofClass("p/Status$1"))).as("but never a constant's body").isEmpty();
      assertThat(analysis.plan().serialVersions()).doesNotContainKey("p/Status$1");
      assertThat(reasons(analysis, Target.ofField("p/Status", "NEW", "Lp/Status;"))).isNotEmpty();

      assertThat(reasons(analysis, Target.ofField("p/Code", "text", "Ljava/lang/String;"))).isEmpty();
      assertThat(reasons(analysis, Target.ofMethod("p/Code", "text", "()Ljava/lang/String;")))
          .as("@JsonValue").anyMatch(r -> r.endsWith("documents name its properties"));

      assertThat(reasons(analysis, Target.ofMethod("p/Money", "getDigits", "()I")))
          .as("@JsonFormat(shape = OBJECT) on the enum").anyMatch(r -> r.endsWith("documents name its properties"));
      assertThat(reasons(analysis, Target.ofMethod("p/Size", "getWidth", "()I")))
          .as("@JsonFormat(shape = OBJECT) on a property of its type")
          .anyMatch(r -> r.endsWith("documents name its properties"));
    }
  }

  private static List<String> reasons(Analysis analysis, Target target) {
    return analysis.plan().keeps().getOrDefault(target, List.of()).stream().map(Reason::text).toList();
  }
}
