package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Plan;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.SameOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library compiled against the program (a plugin) still links to the protected program. */
class LibraryReferenceTest {

  @TempDir Path temp;

  @Test
  void namesALibraryUsesOrOverridesKeepAndTheRestIsRenamed() throws Exception {
    Path program = Compiler.compile(Map.of(
        "app.Main", """
            package app;
            public class Main {
              public static void main(String[] args) throws Exception {
                core.Base plugin = (core.Base) Class.forName(args[0]).getDeclaredConstructor().newInstance();
                System.out.println(plugin.run() + " " + new core.Internal().secret());
              }
            }""",
        "core.Base", """
            package core;
            public abstract class Base {
              public String run() { return hook() + new Util().help(); }
              protected abstract String hook();
              protected String unused() { return "u"; }
            }""",
        "core.Util", "package core; public class Util { public String help() { return \"+help\"; } public int count; }",
        "core.Internal", "package core; public class Internal { public String secret() { return \"internal\"; } }"),
        17, temp.resolve("program"));
    Path plugin = Compiler.compile(Map.of("ext.Plugin", """
        package ext;
        public class Plugin extends core.Base {
          protected String hook() { return "hook" + new core.Util().help() + new core.Util().count; }
        }"""), 17, temp.resolve("plugin"), program.toString());

    assertThat(SameOutput.afterProtection(program, temp.resolve("out.jar"),
        ProtectOptions.builder().library(plugin.toString()), "app.Main", List.of(plugin), "ext.Plugin"))
        .contains("hook+help0+help internal");

    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(program).library(plugin.toString()).build(),
        JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      assertThat(plan.className("core/Base")).isEqualTo("core/Base");
      assertThat(plan.methodName("core/Base", "hook", "()Ljava/lang/String;")).as("overridden by the plugin")
          .isEqualTo("hook");
      assertThat(plan.methodName("core/Util", "help", "()Ljava/lang/String;")).isEqualTo("help");
      assertThat(plan.fieldName("core/Util", "count", "I")).isEqualTo("count");
      assertThat(plan.methodName("core/Base", "unused", "()Ljava/lang/String;")).isNotEqualTo("unused");
      assertThat(plan.className("core/Internal")).as("the plugin does not use it").isNotEqualTo("core/Internal");
      assertThat(plan.keeps().get(dev.jarmor.plan.Target.ofClass("core/Util")).toString())
          .contains("library class ext.Plugin refers to it [library-reference]");
    }
  }
}
