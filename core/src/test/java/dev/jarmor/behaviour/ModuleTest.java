package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.JavaRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular program: module-info's packages, exports, uses and provides follow renamed packages,
 * and ServiceLoader still finds the renamed provider on the module path.
 */
class ModuleTest {

  @TempDir Path temp;

  @Test
  void moduleInfoFollowsRenamedPackagesAndServices() throws Exception {
    Map<String, String> sources = Map.of(
        "module-info", "module m.app { exports app.api; uses app.api.Greeter;"
            + " provides app.api.Greeter with app.impl.English; }",
        "app.api.Main", "package app.api; public class Main { public static void main(String[] a) {"
            + " for (Greeter g : java.util.ServiceLoader.load(Greeter.class)) System.out.println(g.greet(\"mod\"));"
            + " System.out.println(new app.impl.Counter().next() + \" \" + Main.class.getModule().getName()); } }",
        "app.api.Greeter", "package app.api; public interface Greeter { String greet(String who); }",
        "app.impl.English", "package app.impl; public class English implements app.api.Greeter {"
            + " public String greet(String who) { return \"hello \" + who + suffix(); }"
            + " private String suffix() { return \"!\"; } }",
        "app.impl.Counter", "package app.impl; public class Counter { private int n = 41; public int next() { return ++n; } }");
    Path classes = Compiler.compile(sources, 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");

    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).keep("app.api.Greeter").build(),
        JarmorListener.SILENT);

    assertThat(Jars.names(out)).contains("module-info.class").noneMatch(n -> n.startsWith("app/impl/"));
    String expected = run(classes, "m.app/app.api.Main");
    assertThat(expected).isEqualTo("hello mod!\n42 m.app\n");
    assertThat(run(out, "m.app/app.api.Main")).isEqualTo(expected);
  }

  @Test
  void repackagingMergesPackagesWithoutRepeatingThemInTheDescriptor() throws Exception {
    Map<String, String> sources = Map.of(
        "module-info", "module m.two { exports app.api; opens app.one; opens app.two; }",
        "app.api.Main", "package app.api; public class Main { public static void main(String[] a) {"
            + " System.out.println(new app.one.A().v() + new app.two.B().v()); } }",
        "app.one.A", "package app.one; public class A { public int v() { return 1; } }",
        "app.two.B", "package app.two; public class B { public int v() { return 2; } }");
    Path classes = Compiler.compile(sources, 17, temp.resolve("classes2"));
    Path jar = temp.resolve("modular.jar");
    // the jar tool writes ModulePackages, listing every package: the attribute --repackage must not repeat
    JavaRunner.command(List.of(JavaRunner.javaExecutable().resolveSibling("jar").toString(), "--create", "--file",
        jar.toString(), "-C", classes.toString(), ".")).succeeded();
    Path out = temp.resolve("out2.jar");

    Jarmor.protect(ProtectOptions.builder().input(jar).output(out).repackage("z").build(), JarmorListener.SILENT);

    assertThat(run(out, "m.two/app.api.Main")).isEqualTo("3\n");
  }

  /** The output of a module's main class run from the module path, which must exit with status 0. */
  private static String run(Path modulePath, String module) throws Exception {
    return JavaRunner.command(List.of(JavaRunner.javaExecutable().toString(), "-p", modulePath.toString(), "-m", module))
        .succeeded();
  }

}
