package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Adaptation;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Target;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.SameOutput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strings that spell a program class's name follow its new name, wherever they are and however they
 * spell it; a string a switch compares by hash keeps the class's name instead.
 */
class ClassNameStringTest {

  @TempDir Path temp;

  private static final Map<String, String> SOURCES = Map.of(
      "app.Main", """
          package app;
          import java.lang.invoke.MethodType;
          public class Main {
            static final String WORKER = "lib.impl.Worker";
            public static void main(String[] args) throws Exception {
              Object worker = Class.forName(WORKER).getDeclaredConstructor().newInstance();
              System.out.println("worker " + worker);
              System.out.println("loaded " + (Main.class.getClassLoader().loadClass("lib.impl.Helper")
                  == lib.impl.Helper.class));
              System.out.println("array " + (Class.forName("[Llib.impl.Worker;") == lib.impl.Worker[].class));
              MethodType type = MethodType.fromMethodDescriptorString("(Llib/impl/Helper;[Llib/impl/Worker;)V",
                  Main.class.getClassLoader());
              System.out.println("descriptor " + (type.parameterType(0) == lib.impl.Helper.class));
              System.out.println("internal " + "lib/impl/Helper".equals(lib.impl.Helper.class.getName().replace('.', '/')));
              switch (lib.impl.Other.class.getName()) {
                case "lib.impl.Other": System.out.println("switch matched"); break;
                default: System.out.println("switch missed");
              }
              System.out.println("simple " + lib.impl.Shown.class.getSimpleName().equals("Shown"));
              System.out.println("plain Main stays Main");
            }
          }""",
      "lib.impl.Worker", """
          package lib.impl;
          public class Worker { public String toString() { return "works " + new Helper().help(); } }""",
      "lib.impl.Helper", "package lib.impl; public class Helper { int help() { return 42; } }",
      "lib.impl.Other", "package lib.impl; public class Other {}",
      "lib.impl.Shown", "package lib.impl; public class Shown {}");

  @Test
  void classNameStringsFollowRenamedClassesAndTheProgramRunsTheSame() throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    String output = SameOutput.afterProtection(classes, temp.resolve("out.jar"), "app.Main");
    assertThat(output).contains("worker works 42", "loaded true", "array true", "descriptor true",
        "internal true", "switch matched", "simple true");

    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      assertThat(plan.className("lib/impl/Worker")).isNotEqualTo("lib/impl/Worker");
      assertThat(plan.className("lib/impl/Helper")).isNotEqualTo("lib/impl/Helper");
      assertThat(plan.className("lib/impl/Other")).as("compared by a string switch").isEqualTo("lib/impl/Other");
      assertThat(plan.keeps().get(Target.ofClass("lib/impl/Other")).toString()).contains("string switch at app.Main.main");
      assertThat(plan.keeps().get(Target.ofClass("lib/impl/Shown")).toString())
          .contains("\"Shown\" at app.Main.main:", "is its simple name");
      // the constant's value, and its copy javac inlined into main
      assertThat(plan.adaptations().values()).extracting(Adaptation::text).containsExactlyInAnyOrder(
          "lib.impl.Worker", "lib.impl.Worker", "lib.impl.Helper", "[Llib.impl.Worker;", "(Llib/impl/Helper;[Llib/impl/Worker;)V",
          "lib/impl/Helper");
      StringWriter explain = new StringWriter();
      dev.jarmor.report.ExplainWriter.write(plan, new PrintWriter(explain));
      assertThat(explain.toString()).contains("  string \"lib.impl.Worker\" -> \"" + plan.className("lib/impl/Worker")
          .replace('/', '.') + "\"  names lib.impl.Worker: \"lib.impl.Worker\" at app.Main.WORKER constant value"
          + " spells its name [class-name-string]");
    }
  }
}
