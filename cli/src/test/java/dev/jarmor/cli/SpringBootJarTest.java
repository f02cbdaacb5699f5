package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spring Boot web application (module samples-spring, packaged by spring-boot-maven-plugin) protected
 * as its executable jar with no rules at levels 1 to 3 (and at 3 encrypted and sealed): each protected jar starts with {@code java -jar} and
 * answers the same HTTP requests as the original, and everything but the application's classes is carried
 * byte for byte, the nested jars stored as Spring Boot's launcher needs them.
 */
class SpringBootJarTest {

  @TempDir Path temp;

  @Test
  void protectedAtEachLevelItAnswersLikeTheOriginal() throws Exception {
    Path app = SpringApps.sample("jarmor.springJar");
    List<String> original = SpringApps.answers(app, temp.resolve("original.log"));
    assertThat(original.get(0)).startsWith("200 application/json {\"text\":\"Hello hello, World!\"");
    assertThat(original.get(5)).as("a class with getters, written by their names").contains("\"calls\":4",
        "\"lastName\":");
    for (int level = 1; level <= 3; level++) {
      Path out = temp.resolve("level" + level + ".jar");
      Cli.Result result = Cli.run("protect", app.toString(), "-o", out.toString(), "--level", String.valueOf(level));
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).contains("jarmor: read " + app + " as a Spring Boot executable jar: classes of"
          + " BOOT-INF/classes/ protected, ").contains(" nested jars read as libraries and copied unchanged,"
          + " preset spring applied");
      SpringApps.assertCarriedAsItWas(app, out, path -> path.startsWith("BOOT-INF/classes/"));
      Map<String, ZipEntry> entries = SpringApps.entries(out);
      assertThat(entries.keySet()).filteredOn(p -> p.startsWith("BOOT-INF/lib/")).isNotEmpty()
          .allMatch(p -> entries.get(p).getMethod() == ZipEntry.STORED);
      assertThat(entries.keySet()).as("the text package's helpers are renamed")
          .noneMatch(name -> name.startsWith("BOOT-INF/classes/dev/jarmor/samples/spring/text/"))
          .contains("BOOT-INF/classes/dev/jarmor/samples/spring/GreetingApplication.class");
      assertThat(SpringApps.answers(out, temp.resolve("level" + level + ".log"))).as("level " + level)
          .isEqualTo(original);
    }
    assertExtractsByLayers(temp.resolve("level1.jar"));
  }

  @Test
  void encryptedAndSealedItAnswersLikeTheOriginal() throws Exception {
    Path app = SpringApps.sample("jarmor.springJar");
    Path out = temp.resolve("sealed.jar");
    Cli.Result result = Cli.run("protect", app.toString(), "-o", out.toString(), "--level", "3", "--encrypt",
        "--guard", "tamper");
    assertThat(result.exitCode()).as(result.err()).isZero();
    // the tamper guard reads each class file through Spring Boot's class loader, from the jar's nested folders
    assertThat(SpringApps.answers(out, temp.resolve("sealed.log")))
        .isEqualTo(SpringApps.answers(app, temp.resolve("original.log")));
  }

  /** Spring Boot's own tools still read the protected jar's layers index: layered container images build from it. */
  private void assertExtractsByLayers(Path jar) throws Exception {
    Path destination = temp.resolve("extracted");
    JavaRunner.command(List.of(JavaRunner.javaExecutable().toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--layers",
        "--launcher", "--destination", destination.toString())).succeeded();
    assertThat(destination.resolve("application/BOOT-INF/classes/dev/jarmor/samples/spring/GreetingApplication.class"))
        .exists();
    assertThat(destination.resolve("spring-boot-loader/org/springframework/boot/loader/launch/JarLauncher.class"))
        .exists();
  }
}
