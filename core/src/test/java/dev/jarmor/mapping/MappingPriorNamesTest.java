package dev.jarmor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.boundary.AnalysisContext;
import dev.jarmor.boundary.Boundaries;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Planner;
import dev.jarmor.plan.PriorNames;
import dev.jarmor.rename.ShortNames;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingPriorNamesTest {

  @Test
  void returnsOnlyNamesThatChanged() throws IOException {
    MappingPriorNames prior = new MappingPriorNames(MappingParser.parse(new StringReader("""
        com.acme.Foo -> a.b:
            int count -> a
            java.lang.String[] names -> names
            int com.acme.Other.moved -> c
            void run() -> run
            java.util.List list(int,java.lang.String) -> d
            java.util.List list(int,java.lang.String) -> e
            1:1:void com.acme.Util.check():5:5 -> f
            1:1:void process(long[][]):10 -> f
            2:2:void inlinedHere():7:7 -> g
            2:2:void caller():11:11 -> g
        com.acme.Kept -> com.acme.Kept:
            int x -> y
        """), "mapping.txt"));

    assertThat(prior.className("com/acme/Foo")).isEqualTo("a/b");
    assertThat(prior.className("com/acme/Kept")).isNull();
    assertThat(prior.className("com/acme/Unknown")).isNull();
    assertThat(prior.fieldName(new MemberRef("com/acme/Foo", "count", "I"))).isEqualTo("a");
    assertThat(prior.fieldName(new MemberRef("com/acme/Foo", "count", "J"))).as("other descriptor").isNull();
    assertThat(prior.fieldName(new MemberRef("com/acme/Foo", "names", "[Ljava/lang/String;"))).isNull();
    assertThat(prior.fieldName(new MemberRef("com/acme/Foo", "moved", "I"))).as("moved from elsewhere").isNull();
    assertThat(prior.fieldName(new MemberRef("com/acme/Kept", "x", "I"))).isEqualTo("y");
    assertThat(prior.methodName(new MemberRef("com/acme/Foo", "run", "()V"))).isNull();
    assertThat(prior.methodName(new MemberRef("com/acme/Foo", "list", "(ILjava/lang/String;)Ljava/util/List;")))
        .as("the first line wins").isEqualTo("d");
    assertThat(prior.methodName(new MemberRef("com/acme/Foo", "process", "([[J)V"))).isEqualTo("f");
    assertThat(prior.methodName(new MemberRef("com/acme/Foo", "caller", "()V"))).isEqualTo("g");
    assertThat(prior.methodName(new MemberRef("com/acme/Foo", "inlinedHere", "()V"))).as("inlined code").isNull();
    assertThat(prior.methodName(new MemberRef("com/acme/Util", "check", "()V"))).isNull();
  }

  /** Version 2 adds a class, a field and methods, and removes a method. */
  private static Map<String, String> v2() {
    Map<String, String> sources = new HashMap<>(TestPrograms.V1);
    sources.put("com/acme/core/Worker.java", TestPrograms.V1.get("com/acme/core/Worker.java")
        .replace("static long[][] grid;", "static long[][] grid;\n  double added;")
        .replace("List<String> list(int size, String prefix) {", """
            void extra(int n) {}

              long more(long n) {
                return n;
              }

              List<String> list(int size, String prefix) {""")
        .replace("static String[][] table(Object[] rows, char c) {\n    return new String[0][];\n  }", ""));
    sources.put("com/acme/core/Square.java", """
        package com.acme.core;

        public class Square implements Shape {
          double side;

          public double area() {
            return side * side;
          }
        }
        """);
    return sources;
  }

  @Test
  void aSecondReleaseReusesTheFirstReleasesNames(@TempDir Path dir) throws IOException {
    Path v1 = TestPrograms.compile(dir.resolve("v1"), TestPrograms.V1);
    Path v2 = TestPrograms.compile(dir.resolve("v2"), v2());
    Mapping mapping;
    Plan v1Plan;
    try (Analysis analysis = TestPrograms.analyze(v1, 1)) {
      v1Plan = analysis.plan();
      StringWriter text = new StringWriter();
      MappingWriter.write(v1Plan, text);
      mapping = MappingParser.parse(new StringReader(text.toString()), "v1.map");
    }
    try (Analysis analysis = TestPrograms.analyze(v2, 1)) {
      List<Decision> decisions = Boundaries.analyze(Boundaries.builtIn(),
          new AnalysisContext(analysis.program(), analysis.hierarchy(), analysis.libraries(), warning -> { }));
      // another seed, so that a name that matches v1 came from the mapping
      Plan fresh = plan(analysis, decisions, PriorNames.NONE);
      Plan v2Plan = plan(analysis, decisions, new MappingPriorNames(mapping));

      int shared = 0;
      int differentWithoutMapping = 0;
      for (ClassInfo cls : analysis.hierarchy().programClasses()) {
        String owner = cls.name();
        if (!v1Plan.hierarchy().isProgramClass(owner)) {
          assertThat(mapping.byNewName(v2Plan.className(owner).replace('/', '.')))
              .as("a new class does not take an old class's name").isNull();
          continue;
        }
        assertThat(v2Plan.className(owner)).as(owner).isEqualTo(v1Plan.className(owner));
        differentWithoutMapping += fresh.className(owner).equals(v1Plan.className(owner)) ? 0 : 1;
        shared++;
        ClassInfo old = v1Plan.hierarchy().find(owner);
        for (MemberInfo field : cls.fields()) {
          if (old.field(field.name(), field.descriptor()) != null) {
            String before = v1Plan.fieldName(owner, field.name(), field.descriptor());
            assertThat(v2Plan.fieldName(owner, field.name(), field.descriptor())).as(owner + "." + field.key())
                .isEqualTo(before);
            differentWithoutMapping += fresh.fieldName(owner, field.name(), field.descriptor()).equals(before) ? 0 : 1;
            shared++;
          }
        }
        for (MemberInfo method : cls.methods()) {
          if (old.method(method.name(), method.descriptor()) != null) {
            String before = v1Plan.methodName(owner, method.name(), method.descriptor());
            assertThat(v2Plan.methodName(owner, method.name(), method.descriptor())).as(owner + "." + method.key())
                .isEqualTo(before);
            differentWithoutMapping +=
                fresh.methodName(owner, method.name(), method.descriptor()).equals(before) ? 0 : 1;
            shared++;
          }
        }
      }
      assertThat(shared).isGreaterThan(15);
      assertThat(differentWithoutMapping).as("names a fresh plan gives differently").isGreaterThan(3);
      // the members v2 added get names of their own, next to the reused ones
      String worker = "com/acme/core/Worker";
      assertThat(v2Plan.methodName(worker, "extra", "(I)V"))
          .isNotEqualTo(v2Plan.methodName(worker, "run", "(I)V"))
          .isNotEqualTo(v2Plan.methodName(worker, "helper", "(I)V"));
      assertThat(v2Plan.fieldName(worker, "added", "D")).isNotEqualTo("added");
    }
  }

  private static Plan plan(Analysis analysis, List<Decision> decisions, PriorNames prior) {
    return new Planner(analysis.hierarchy(), new Planner.Naming(new ShortNames(99), null, prior, Set.of()))
        .plan(decisions);
  }
}
