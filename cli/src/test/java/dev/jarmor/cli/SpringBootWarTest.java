package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spring Boot sample as a WAR (module samples-spring-war: its servlet initializer in WEB-INF/classes, the
 * application's own jar in WEB-INF/lib beside Spring's, the embedded Tomcat in WEB-INF/lib-provided), protected
 * at level 2 with the application's jar named by --program-lib: it starts in its embedded servlet container
 * and answers like the original. WEB-INF/classes and the application's jar are rewritten, that jar still
 * stored; every other entry is carried byte for byte.
 */
class SpringBootWarTest {

  @TempDir Path temp;

  @Test
  void protectedWithItsOwnJarItAnswersLikeTheOriginal() throws Exception {
    Path war = SpringApps.sample("jarmor.springWar");
    String appJar = SpringApps.entries(war).keySet().stream()
        .filter(p -> p.matches("WEB-INF/lib/jarmor-samples-spring-[0-9].*\\.jar")).findFirst().orElseThrow();
    List<String> original = SpringApps.answers(war, temp.resolve("original.log"));
    Path out = temp.resolve("protected.war");

    Cli.Result result = Cli.run("protect", war.toString(), "-o", out.toString(), "--level", "2", "--program-lib",
        "jarmor-samples-spring-*.jar");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("jarmor: read " + war + " as a Spring Boot executable war: classes of"
        + " WEB-INF/classes/, " + appJar + " protected, ");
    SpringApps.assertCarriedAsItWas(war, out, path -> path.startsWith("WEB-INF/classes/") || path.equals(appJar));
    Map<String, ZipEntry> entries = SpringApps.entries(out);
    assertThat(entries.get(appJar).getMethod()).isEqualTo(ZipEntry.STORED);
    assertThat(entries).doesNotContainKey("WEB-INF/classes/dev/jarmor/samples/spring/war/ServletInitializer.class");
    try (JarFile protectedWar = new JarFile(out.toFile())) {
      assertThat(names(SpringApps.read(protectedWar, entries.get(appJar))))
          .contains("dev/jarmor/samples/spring/GreetingApplication.class", "application.properties")
          .noneMatch(name -> name.startsWith("dev/jarmor/samples/spring/text/"));
    }
    assertThat(SpringApps.answers(out, temp.resolve("protected.log"))).isEqualTo(original);
  }

  @Test
  void aWarAsMavenWarPluginWritesItKeepsItsStructure() throws Exception {
    // what spring-boot-maven-plugin repackaged: a WAR for a servlet container, its libraries compressed
    Path war = Path.of(SpringApps.sample("jarmor.springWar") + ".original");
    Map<String, ZipEntry> before = SpringApps.entries(war);
    String appJar = before.keySet().stream()
        .filter(p -> p.matches("WEB-INF/lib/jarmor-samples-spring-[0-9].*\\.jar")).findFirst().orElseThrow();
    Path out = temp.resolve("plain.war");

    Cli.Result result = Cli.run("protect", war.toString(), "-o", out.toString(), "--program-lib",
        "jarmor-samples-spring-*.jar");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("jarmor: read " + war + " as a war: classes of WEB-INF/classes/, " + appJar
        + " protected, ");
    SpringApps.assertCarriedAsItWas(war, out, path -> path.startsWith("WEB-INF/classes/") || path.equals(appJar));
    Map<String, ZipEntry> after = SpringApps.entries(out);
    assertThat(before.get(appJar).getMethod()).isEqualTo(ZipEntry.DEFLATED);
    assertThat(after.get(appJar).getMethod()).isEqualTo(ZipEntry.DEFLATED);
    assertThat(after.keySet()).filteredOn(p -> p.endsWith(".class")).allMatch(p -> p.startsWith("WEB-INF/classes/"))
        .isNotEmpty().doesNotContain("WEB-INF/classes/dev/jarmor/samples/spring/war/ServletInitializer.class");
  }

  private static List<String> names(byte[] jar) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
