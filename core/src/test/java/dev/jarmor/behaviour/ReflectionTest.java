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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reflection by name, inferred from the bytecode (and dynamic proxies, whose handlers see names): a constant name on a known class follows the
 * member's new name, a built name or one shared by several members keeps the names, a name on an
 * unknown class keeps every member of that name, and the program's own reflection utilities count
 * as reflection wherever they are called.
 */
class ReflectionTest {

  @TempDir Path temp;

  private static final Map<String, String> SOURCES = Map.of(
      "app.Main", """
          package app;
          import java.lang.invoke.MethodHandles;
          import java.lang.invoke.MethodType;
          import java.lang.reflect.Field;
          import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
          import lib.Fixture;
          public class Main {
            public static void main(String[] args) throws Throwable {
              Fixture fixture = new Fixture();
              Field secret = Fixture.class.getDeclaredField("secret");
              secret.setAccessible(true);
              System.out.println("secret " + secret.get(fixture));
              Object target = Class.forName("lib.Target").getDeclaredConstructor().newInstance();
              System.out.println("run " + target.getClass().getMethod("run").invoke(target));
              System.out.println("read " + Reflect.read(fixture, "count"));
              System.out.println("inherited " + (Reflect.find(lib.Child.class, "secret") != null));
              String suffix = "den";
              Field hidden = Fixture.class.getDeclaredField("hid" + suffix);
              hidden.setAccessible(true);
              System.out.println("built " + hidden.get(fixture));
              Class<?> unknown = args.length > 0 ? Fixture.class : lib.Target.class;
              System.out.println("unknown " + unknown.getDeclaredMethod("mystery").invoke(null));
              AtomicIntegerFieldUpdater<Fixture> updater = AtomicIntegerFieldUpdater.newUpdater(Fixture.class, "ticks");
              System.out.println("updater " + updater.incrementAndGet(fixture));
              System.out.println("listed " + Reflect.listed(lib.Target.class, "run").invoke(target));
              System.out.println("fixed " + Reflect.onFixture("plain").invoke(fixture));
              String computed = args.length > 5 ? args[5] : System.getProperty("no.such.property", "java.lang.String");
              System.out.println("computed " + Class.forName(computed).getSimpleName().length());
              System.out.println("handle " + MethodHandles.lookup().findVirtual(Fixture.class, "describe",
                  MethodType.methodType(String.class)).invoke(fixture));
            }
          }""",
      "app.Reflect", """
          package app;
          import java.lang.reflect.Field;
          /** The program's own reflection utilities: their callers' strings name members. */
          final class Reflect {
            static Object read(Object object, String name) throws Exception {
              Field field = object.getClass().getDeclaredField(name);
              field.setAccessible(true);
              return field.get(object);
            }
            static java.lang.reflect.Method listed(Class<?> type, String name) {
              for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name)) {
                  return method;
                }
              }
              return null;
            }
            static java.lang.reflect.Method onFixture(String name) throws Exception {
              return lib.Fixture.class.getMethod(name);
            }
            static Field find(Class<?> type, String name) {
              for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                  return c.getDeclaredField(name);
                } catch (NoSuchFieldException e) {
                  // look further up
                }
              }
              return null;
            }
          }""",
      "lib.Fixture", """
          package lib;
          public class Fixture {
            private String secret = "s3";
            private int count = 7;
            private String hidden = "h1";
            public volatile int ticks;
            public String describe() { return "fixture"; }
            public static String mystery() { return "from fixture"; }
            public String plain() { return secret + count + hidden; }
          }""",
      "lib.Child", "package lib; public class Child extends Fixture { int other; }",
      "lib.Target", """
          package lib;
          public class Target {
            public String run() { return "ran"; }
            public static String mystery() { return "from target"; }
            String unrelated() { return "u"; }
          }""");

  @Test
  void reflectionByNameIsFollowedAndTheProgramRunsTheSame() throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    String output = SameOutput.afterProtection(classes, temp.resolve("out.jar"), "app.Main");
    assertThat(output).contains("secret s3", "run ran", "read 7", "inherited true", "built h1",
        "unknown from target", "updater 1", "listed ran", "fixed s37h1", "handle fixture");

    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      assertThat(plan.className("lib/Fixture")).as("nothing finds the class by name").isNotEqualTo("lib/Fixture");
      assertThat(adaptedTo(plan, "secret")).as("constant on a known class (and through Reflect.find), adapted")
          .hasSize(2).containsOnly(Target.ofField("lib/Fixture", "secret", "Ljava/lang/String;"));
      assertThat(plan.fieldName("lib/Fixture", "secret", "Ljava/lang/String;")).isNotEqualTo("secret");
      assertThat(adaptedTo(plan, "count")).as("through Reflect.read(Object, String)")
          .containsExactly(Target.ofField("lib/Fixture", "count", "I"));
      assertThat(adaptedTo(plan, "run")).as("through Reflect.listed: getName().equals over getDeclaredMethods()")
          .containsExactly(Target.ofMethod("lib/Target", "run", "()Ljava/lang/String;"));
      assertThat(plan.keeps().get(Target.ofMethod("lib/Target", "run", "()Ljava/lang/String;")).toString())
          .as("getMethod on the class of an Object").contains("Class.getMethod(\"run\") at app.Main.main:",
              "in a class not known there");
      assertThat(adaptedTo(plan, "plain")).as("through Reflect.onFixture, whose class is fixed")
          .containsExactly(Target.ofMethod("lib/Fixture", "plain", "()Ljava/lang/String;"));
      assertThat(adaptedTo(plan, "ticks")).containsExactly(Target.ofField("lib/Fixture", "ticks", "I"));
      assertThat(adaptedTo(plan, "describe")).containsExactly(Target.ofMethod("lib/Fixture", "describe",
          "()Ljava/lang/String;"));
      assertThat(plan.fieldName("lib/Fixture", "hidden", "Ljava/lang/String;")).as("built name").isEqualTo("hidden");
      assertThat(List.of(plan.fieldName("lib/Fixture", "secret", "Ljava/lang/String;"),
          plan.fieldName("lib/Fixture", "count", "I"), plan.fieldName("lib/Fixture", "hidden", "Ljava/lang/String;"),
          plan.fieldName("lib/Fixture", "ticks", "I"))).as("getDeclaredField finds fields by name alone")
          .doesNotHaveDuplicates();
      assertThat(plan.methodName("lib/Fixture", "mystery", "()Ljava/lang/String;")).as("unknown class").isEqualTo("mystery");
      assertThat(plan.methodName("lib/Target", "mystery", "()Ljava/lang/String;")).isEqualTo("mystery");
      assertThat(plan.methodName("lib/Target", "unrelated", "()Ljava/lang/String;")).isNotEqualTo("unrelated");
      assertThat(plan.notes().get(Target.ofClass("app/Main")).toString()).as("a name known only at run time")
          .contains("Class.forName at app.Main.main:", "looks up a class by a name known only at run time");
      assertThat(plan.keeps().get(Target.ofField("lib/Fixture", "hidden", "Ljava/lang/String;")).toString())
          .contains("Class.getDeclaredField(\"hidden\") at app.Main.main:");
    }
  }

  @Test
  void proxyHandlersSeeTheInterfaceMethodNames() throws Exception {
    Path classes = Compiler.compile(Map.of(
        "app.Main", """
            package app;
            import java.lang.reflect.Proxy;
            public class Main {
              public static void main(String[] args) {
                lib.Greeter greeter = (lib.Greeter) Proxy.newProxyInstance(Main.class.getClassLoader(),
                    new Class<?>[] {lib.Greeter.class}, (proxy, method, arguments) ->
                        method.getName().equals("greet") ? "hello" : method.getName().equals("base") ? "base" : "?");
                System.out.println(greeter.greet() + " " + greeter.base() + " " + new lib.Other().other());
              }
            }""",
        "lib.Base", "package lib; public interface Base { String base(); }",
        "lib.Greeter", "package lib; public interface Greeter extends Base { String greet(); }",
        "lib.Other", "package lib; public class Other { public String other() { return \"other\"; } }"),
        17, temp.resolve("proxy"));
    assertThat(SameOutput.afterProtection(classes, temp.resolve("proxy.jar"), "app.Main")).contains("hello base other");
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      assertThat(plan.methodName("lib/Greeter", "greet", "()Ljava/lang/String;")).isEqualTo("greet");
      assertThat(plan.methodName("lib/Base", "base", "()Ljava/lang/String;")).isEqualTo("base");
      assertThat(plan.methodName("lib/Other", "other", "()Ljava/lang/String;")).isNotEqualTo("other");
    }
  }

  private static List<Target> adaptedTo(Plan plan, String text) {
    return plan.adaptations().values().stream().filter(a -> a.text().equals(text)).map(Adaptation::target).toList();
  }
}
