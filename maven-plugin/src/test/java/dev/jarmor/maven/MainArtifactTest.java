package dev.jarmor.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MainArtifact}: a build that does not clean may leave the protected jar, or what a later plugin made of it, as
 * the main artifact; the program is then the unprotected copy, and a jar built anew is the program itself.
 */
class MainArtifactTest {

  @TempDir Path target;

  private static final Map<String, String> BUILT = Map.of("com/acme/Main.class", "main", "com/acme/Util.class", "util");
  private static final Map<String, String> PROTECTED = Map.of("com/acme/Main.class", "main'", "a/b.class", "util'");

  @Test
  void theProtectedJarLeftInPlaceIsNotTheProgram() throws Exception {
    Path jar = jar("app-1.0.jar", "", BUILT);
    MainArtifact artifact = protect(jar, PROTECTED);
    assertThat(Files.readAllBytes(artifact.unprotected())).isEqualTo(Files.readAllBytes(jar("expected.jar", "", BUILT)));

    MainArtifact next = new MainArtifact(jar, target.resolve("jarmor"));
    assertThat(next.program()).isEqualTo(target.resolve("app-1.0-unprotected.jar"));
    assertThat(next.copyUnprotected()).as("the copy is the program already").isFalse();
  }

  @Test
  void norIsWhatSpringBootMadeOfIt() throws Exception {
    Path jar = jar("app-1.0.jar", "", BUILT);
    protect(jar, PROTECTED);
    Map<String, String> boot = new TreeMap<>(Map.of("org/springframework/boot/loader/launch/JarLauncher.class", "l"));
    PROTECTED.forEach((name, bytes) -> boot.put("BOOT-INF/classes/" + name, bytes));
    jar("app-1.0.jar", "", boot);

    assertThat(new MainArtifact(jar, target.resolve("jarmor")).program())
        .isEqualTo(target.resolve("app-1.0-unprotected.jar"));
  }

  @Test
  void aJarBuiltAnewIsTheProgram() throws Exception {
    Path jar = jar("app-1.0.jar", "", BUILT);
    protect(jar, PROTECTED);
    jar("app-1.0.jar", "", Map.of("com/acme/Main.class", "main", "com/acme/Util.class", "util, changed"));

    MainArtifact next = new MainArtifact(jar, target.resolve("jarmor"));
    assertThat(next.program()).isEqualTo(jar);
    assertThat(next.copyUnprotected()).isTrue();
    assertThat(Files.readAllBytes(next.unprotected())).isEqualTo(Files.readAllBytes(jar));
  }

  @Test
  void nothingChangedAtLevelZeroIsNothingRecorded() throws Exception {
    Path jar = jar("app-1.0.jar", "", BUILT);
    protect(jar, BUILT);
    jar("app-1.0.jar", "", Map.of("com/acme/Main.class", "main", "com/acme/Util.class", "util",
        "com/acme/Added.class", "added"));

    assertThat(new MainArtifact(jar, target.resolve("jarmor")).program()).isEqualTo(jar);
  }

  /** What the protect goal does with the artifact: the copy made, the protected jar written in place, recorded. */
  private MainArtifact protect(Path jar, Map<String, String> protectedClasses) throws Exception {
    MainArtifact artifact = new MainArtifact(jar, target.resolve("jarmor"));
    assertThat(artifact.program()).isEqualTo(jar);
    assertThat(artifact.copyUnprotected()).isTrue();
    jar(jar.getFileName().toString(), "", protectedClasses);
    artifact.markProtected();
    return artifact;
  }

  private Path jar(String name, String root, Map<String, String> entries) throws IOException {
    Path jar = target.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
        ZipEntry zipEntry = new ZipEntry(root + entry.getKey());
        zipEntry.setTime(0);
        zip.putNextEntry(zipEntry);
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
