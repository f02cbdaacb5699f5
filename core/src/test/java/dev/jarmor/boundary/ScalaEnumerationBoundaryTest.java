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
 * A Scala 2 {@code Enumeration} object shaped as scalac compiles {@code val Low, High = Value} (a private
 * field and a public accessor of the same name per value), written in Java against stand-ins of
 * {@code scala.Enumeration} and its {@code Value}.
 */
class ScalaEnumerationBoundaryTest {

  private static final Map<String, String> LIBRARY = Map.of(
      "scala.Enumeration", "package scala; public abstract class Enumeration {"
          + " public abstract class Value { } public class Val extends Value { } }");

  private static final Map<String, String> SOURCES = Map.of(
      "p.Level$", "package p; public final class Level$ extends scala.Enumeration {"
          + " public static final Level$ MODULE$ = new Level$();"
          + " private final scala.Enumeration.Value Low = new Val(); private final Planet Earth = new Planet();"
          + " private int count;"
          + " public scala.Enumeration.Value Low() { return Low; } public Planet Earth() { return Earth; }"
          + " public scala.Enumeration.Value byIndex(int i) { return Low; } public int count() { return count; }"
          + " public final class Planet extends Val { } }",
      "p.Other", "package p; public final class Other { private scala.Enumeration.Value Low;"
          + " public scala.Enumeration.Value Low() { return Low; } }");

  @TempDir Path temp;

  @Test
  void valuesKeepTheNamesOfTheirValsAndNothingElseDoes() throws Exception {
    Path library = temp.resolve("scala");
    Compiler.compile(LIBRARY, 17, library);
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"), library.toString());
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).library(library.toString()).build(),
        JarmorListener.SILENT)) {
      String why = "Scala Enumeration value: its name is this val's, which Enumeration.populateNameMap reads by"
          + " reflection for toString and withName";
      assertThat(reasons(analysis, Target.ofField("p/Level$", "Low", "Lscala/Enumeration$Value;"))).contains(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Level$", "Low", "()Lscala/Enumeration$Value;"))).contains(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Level$", "Earth", "()Lp/Level$$Planet;")))
          .as("a value of the enumeration's own Val subclass").contains(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Level$", "byIndex", "(I)Lscala/Enumeration$Value;")))
          .as("takes a parameter: no val's accessor").doesNotContain(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Level$", "count", "()I"))).doesNotContain(why);
      assertThat(reasons(analysis, Target.ofMethod("p/Other", "Low", "()Lscala/Enumeration$Value;")))
          .as("no Enumeration").doesNotContain(why);
    }
  }

  private static List<String> reasons(Analysis analysis, Target target) {
    return analysis.plan().keeps().getOrDefault(target, List.of()).stream().map(Reason::text).toList();
  }
}
