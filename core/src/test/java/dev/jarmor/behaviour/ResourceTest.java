package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Plan;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.SameOutput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class names in resources follow renamed classes (ServiceLoader files, names in configuration text),
 * and resources next to classes are still found by relative and absolute paths.
 */
class ResourceTest {

  @TempDir Path temp;

  @Test
  void serviceFilesAndConfigurationFollowRenamedClasses() throws Exception {
    Path classes = Compiler.compile(Map.of(
        "app.Main", """
            package app;
            import java.util.Properties;
            import java.util.ServiceLoader;
            import lib.spi.Codec;
            public class Main {
              public static void main(String[] args) throws Exception {
                for (Codec codec : ServiceLoader.load(Codec.class)) {
                  System.out.println("provider " + codec.name());
                }
                Properties config = new Properties();
                config.load(Main.class.getResourceAsStream("/app/config.properties"));
                Codec chosen = (Codec) Class.forName(config.getProperty("codec")).getDeclaredConstructor().newInstance();
                System.out.println("configured " + chosen.name());
                String level = config.getProperty("level." + lib.impl.Plain.class.getName());
                System.out.println("level " + level);
                System.out.println("banner " + new String(lib.impl.Plain.class.getResourceAsStream("banner.txt")
                    .readAllBytes()).trim() + " " + (Main.class.getResource("/lib/impl/banner.txt") != null));
              }
            }""",
        "lib.spi.Codec", "package lib.spi; public interface Codec { String name(); }",
        "lib.impl.Gzip", "package lib.impl; public class Gzip implements lib.spi.Codec { public String name() { return \"gzip\"; } }",
        "lib.impl.Plain", "package lib.impl; public class Plain implements lib.spi.Codec { public String name() { return \"plain\"; } }"),
        17, temp.resolve("classes"));
    Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(classes.resolve("META-INF/services/lib.spi.Codec"),
        "# the codecs\nlib.impl.Gzip\nlib.impl.Plain  # the fallback\n");
    Files.writeString(classes.resolve("app/config.properties"),
        "codec = lib.impl.Gzip\r\nlevel.lib.impl.Plain = FINE\r\nnote = lib.impl is a package, Gzip a word\r\n");
    Files.writeString(classes.resolve("lib/impl/banner.txt"), "hello\n");
    Path out = temp.resolve("out.jar");
    assertThat(SameOutput.afterProtection(classes, out, "app.Main")).contains("provider gzip", "provider plain", "configured gzip", "level FINE",
        "banner hello true");

    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      String codec = plan.className("lib/spi/Codec").replace('/', '.');
      String gzip = plan.className("lib/impl/Gzip").replace('/', '.');
      assertThat(codec).isNotEqualTo("lib.spi.Codec");
      assertThat(gzip).as("a package holding resources keeps its name, its classes are renamed in it")
          .startsWith("lib.impl.").isNotEqualTo("lib.impl.Gzip");
      assertThat(Jars.names(out)).contains("META-INF/services/" + codec).doesNotContain("META-INF/services/lib.spi.Codec");
      assertThat(Jars.text(out, "app/config.properties")).isEqualTo("codec = " + gzip + "\r\nlevel."
          + plan.className("lib/impl/Plain").replace('/', '.') + " = FINE\r\nnote = lib.impl is a package, Gzip a word\r\n");
      StringWriter explain = new StringWriter();
      dev.jarmor.report.ExplainWriter.write(plan, new PrintWriter(explain));
      assertThat(explain.toString()).contains("resource META-INF/services/lib.spi.Codec\n"
          + "  string \"lib.spi.Codec\" -> \"" + codec + "\"  names lib.spi.Codec: ServiceLoader finds the service file"
          + " by the service's name [resource]").contains("names lib.impl.Gzip: app/config.properties:1 names it [resource]");
    }
  }
}
