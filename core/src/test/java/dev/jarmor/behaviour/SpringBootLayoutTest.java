package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorException;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.input.Layout;
import dev.jarmor.testing.Archives;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.JavaRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot executable jar, laid out as spring-boot-maven-plugin writes one (the launcher at the top,
 * the application under BOOT-INF/classes/, its libraries stored under BOOT-INF/lib/, the index files), is
 * protected in its layout: its classes renamed in place, libraries read for the hierarchy and carried byte
 * for byte, still stored; a nested jar named by --program-lib protected with the program and written back
 * in place. Spring itself is not needed for that: the CLI's SpringBootJarTest runs a real application.
 */
class SpringBootLayoutTest {

  private static final String CLASSES = "BOOT-INF/classes/";
  private static final String LIB = "BOOT-INF/lib/";
  private static final byte[] CLASSPATH_IDX =
      "- \"BOOT-INF/lib/base.jar\"\n- \"BOOT-INF/lib/acme-util.jar\"\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] LAYERS_IDX = ("- \"dependencies\":\n  - \"BOOT-INF/lib/\"\n- \"application\":\n"
      + "  - \"BOOT-INF/classes/\"\n  - \"BOOT-INF/classpath.idx\"\n  - \"BOOT-INF/layers.idx\"\n  - \"META-INF/\"\n")
      .getBytes(StandardCharsets.UTF_8);

  /** The application, which no test changes, its parts, and what it prints: built and run once for every test. */
  @TempDir static Path built;
  private static Path app;
  private static byte[] baseJar;
  private static byte[] launcher;
  private static String original;

  @TempDir Path temp;

  @BeforeAll
  static void buildAndRunTheApplication() throws Exception {
    Path base = Compiler.compile(Map.of("org.lib.Task", """
        package org.lib;
        public abstract class Task {
          public abstract String run(String input);
          public String describe() { return getClass().getSimpleName().length() > 0 ? "task" : "?"; }
        }"""), 8, built.resolve("base"));
    baseJar = Archives.jar(Jars.entries(base));
    Path util = Compiler.compile(Map.of("com.acme.util.Strings", """
        package com.acme.util;
        public final class Strings {
          private Strings() {}
          public static String shout(String s) { return s.toUpperCase() + "!"; }
        }"""), 8, built.resolve("util"));
    Map<String, byte[]> utilEntries = new java.util.TreeMap<>(Jars.entries(util));
    utilEntries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nImplementation-Title: acme-util\r\n\r\n"
        .getBytes(StandardCharsets.UTF_8));
    utilEntries.put("com/acme/util/words.txt", "hello\n".getBytes(StandardCharsets.UTF_8));
    Path classes = Compiler.compile(Map.of(
        "com.acme.App", """
            package com.acme;
            public class App {
              public static void main(String[] args) throws Exception {
                org.lib.Task task = new com.acme.internal.Echo();
                System.out.println(task.describe() + " " + task.run("boot"));
                System.out.println(new String(App.class.getResourceAsStream("/application.properties").readAllBytes()).trim());
              }
            }""",
        "com.acme.internal.Echo", """
            package com.acme.internal;
            public class Echo extends org.lib.Task {
              @Override public String run(String input) { return new Counter().count(com.acme.util.Strings.shout(input)); }
            }""",
        "com.acme.internal.Counter", """
            package com.acme.internal;
            class Counter { String count(String s) { return s + " (" + s.length() + ")"; } }"""),
        17, built.resolve("classes"), base.toString(), util.toString());
    Files.writeString(classes.resolve("application.properties"), "greeting=hello\n");
    launcher = Files.readAllBytes(Compiler.compile(Map.of("org.springframework.boot.loader.launch.JarLauncher",
        "package org.springframework.boot.loader.launch; public class JarLauncher {"
            + " public static void main(String[] a) {} }"), 8, built.resolve("launcher"))
        .resolve("org/springframework/boot/loader/launch/JarLauncher.class"));
    List<Archives.Entry> entries = new ArrayList<>();
    entries.add(Archives.deflated("org/springframework/boot/loader/launch/JarLauncher.class", launcher));
    entries.addAll(Archives.folder(classes, CLASSES));
    entries.add(Archives.stored(LIB + "base.jar", baseJar));
    entries.add(Archives.stored(LIB + "acme-util.jar", Archives.jar(utilEntries)));
    entries.add(Archives.deflated("BOOT-INF/classpath.idx", CLASSPATH_IDX));
    entries.add(Archives.deflated("BOOT-INF/layers.idx", LAYERS_IDX));
    app = Archives.write(built.resolve("app.jar"), bootManifest(), entries);
    original = run(app, built.resolve("original"));
    assertThat(original).isEqualTo("task BOOT! (5)\ngreeting=hello\n");
  }

  private static Manifest bootManifest() {
    return Jars.manifest("Main-Class", "org.springframework.boot.loader.launch.JarLauncher", "Start-Class",
        "com.acme.App", "Spring-Boot-Version", "3.5.7", "Spring-Boot-Classes", CLASSES, "Spring-Boot-Lib", LIB,
        "Spring-Boot-Classpath-Index", "BOOT-INF/classpath.idx", "Spring-Boot-Layers-Index", "BOOT-INF/layers.idx");
  }

  /** What the archive's application prints, its nested jars written out into {@code folder}. */
  private static String run(Path archive, Path folder) throws Exception {
    return JavaRunner.output(Archives.classPath(archive, CLASSES, LIB, folder), "com.acme.App");
  }

  @Test
  void classesAreProtectedInPlaceAndEverythingElseIsCarriedAsItWas() throws Exception {
    Path out = temp.resolve("out.jar");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(app).output(out).verifyLoad(true).build(),
        JarmorListener.SILENT);

    assertThat(result.layout().kind()).isEqualTo(Layout.Kind.SPRING_BOOT_JAR);
    assertThat(result.layout().describe()).isEqualTo("Spring Boot executable jar: classes of BOOT-INF/classes/"
        + " protected, 2 nested jars read as libraries and copied unchanged, preset spring applied");
    Archives.assertCarried(app, out, CLASSES);
    Map<String, Archives.Entry> after = Archives.read(out);
    assertThat(after.get(LIB + "base.jar").stored()).isTrue();
    assertThat(after).containsKeys(CLASSES + "com/acme/App.class", CLASSES + "application.properties")
        .doesNotContainKeys(CLASSES + "com/acme/internal/Echo.class", CLASSES + "com/acme/internal/Counter.class");
    assertThat(after.keySet()).filteredOn(p -> p.endsWith(".class") && !p.startsWith(CLASSES) && !p.startsWith(LIB))
        .containsExactly("org/springframework/boot/loader/launch/JarLauncher.class");
    try (JarFile jar = new JarFile(out.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class")).isEqualTo("com.acme.App");
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.springframework.boot.loader.launch.JarLauncher");
    }
    assertThat(run(out, temp.resolve("protected"))).isEqualTo(original);
  }

  @Test
  void aNestedJarOfTheUsersOwnIsProtectedWithTheProgramAndStaysStored() throws Exception {
    Path out = temp.resolve("out.jar");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(app).output(out).programLib("acme-*.jar")
        .build(), JarmorListener.SILENT);

    assertThat(result.layout().describe()).isEqualTo("Spring Boot executable jar: classes of BOOT-INF/classes/,"
        + " BOOT-INF/lib/acme-util.jar protected, 1 nested jar read as a library and copied unchanged,"
        + " preset spring applied");
    Archives.Entry util = Archives.read(out).get(LIB + "acme-util.jar");
    assertThat(util.stored()).isTrue();
    Path utilJar = Files.write(temp.resolve("acme-util.jar"), util.data());
    assertThat(Jars.names(utilJar)).startsWith("META-INF/", "META-INF/MANIFEST.MF")
        .doesNotContain("com/acme/util/Strings.class").contains("com/acme/util/words.txt");
    assertThat(Jars.text(utilJar, "META-INF/MANIFEST.MF")).contains("Implementation-Title: acme-util");
    assertThat(result.plan().className("com/acme/util/Strings")).isNotEqualTo("com/acme/util/Strings");
    assertThat(run(out, temp.resolve("protected"))).isEqualTo(original);
  }

  @Test
  void signaturesOfWhatProtectionChangesAreDroppedAndOfWhatItCarriesKept() throws Exception {
    byte[] signedBase = Archives.jar(Map.of("META-INF/BASE.SF", new byte[] {1}, "org/lib/Task.class",
        Files.readAllBytes(built.resolve("base/org/lib/Task.class"))));
    Map<String, byte[]> util = new java.util.TreeMap<>();
    Path utilJar = Files.write(temp.resolve("util-in.jar"), Archives.read(app).get(LIB + "acme-util.jar").data());
    Archives.read(utilJar).forEach((path, entry) -> util.put(path, entry.data()));
    util.put("META-INF/MANIFEST.MF", ("Manifest-Version: 1.0\r\nImplementation-Title: acme-util\r\n\r\n"
        + "Name: com/acme/util/Strings.class\r\nSHA-256-Digest: abc=\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    util.put("META-INF/UTIL.SF", new byte[] {2});
    List<Archives.Entry> entries = new ArrayList<>();
    for (Archives.Entry entry : Archives.read(app).values()) {
      if (entry.path().equals(LIB + "base.jar")) {
        entries.add(Archives.stored(entry.path(), signedBase));
      } else if (entry.path().equals(LIB + "acme-util.jar")) {
        entries.add(Archives.stored(entry.path(), Archives.jar(util)));
      } else if (!entry.path().equals(JarFile.MANIFEST_NAME)) {
        entries.add(entry);
      }
    }
    entries.add(Archives.deflated("META-INF/APP.SF", new byte[] {3}));
    Path signed = Archives.write(temp.resolve("signed.jar"), bootManifest(), entries);
    List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    Path out = temp.resolve("out.jar");

    Jarmor.protect(ProtectOptions.builder().input(signed).output(out).programLib("acme-*.jar").build(),
        new JarmorListener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }
        });

    assertThat(warnings).contains(
        "signature files of " + signed + " dropped: protection changes the signed classes, sign the output again",
        "signature files of " + signed + "!/" + LIB + "acme-util.jar dropped: protection changes the signed classes,"
            + " sign the output again");
    Map<String, Archives.Entry> after = Archives.read(out);
    assertThat(after).doesNotContainKey("META-INF/APP.SF");
    assertThat(after.get(LIB + "base.jar").data()).isEqualTo(signedBase);
    Path utilOut = Files.write(temp.resolve("util-out.jar"), after.get(LIB + "acme-util.jar").data());
    assertThat(Jars.names(utilOut)).doesNotContain("META-INF/UTIL.SF");
    assertThat(Jars.text(utilOut, "META-INF/MANIFEST.MF")).contains("Implementation-Title: acme-util")
        .doesNotContain("Digest");
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    Path first = temp.resolve("first.jar");
    Path second = temp.resolve("second.jar");
    Jarmor.protect(ProtectOptions.builder().input(app).output(first).programLib("acme-*.jar").level(3).build(),
        JarmorListener.SILENT);
    Jarmor.protect(ProtectOptions.builder().input(app).output(second).programLib("acme-*.jar").level(3).build(),
        JarmorListener.SILENT);
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(run(first, temp.resolve("level3"))).isEqualTo(original);
  }

  @Test
  void detectedByItsFoldersWithoutSpringBootsManifest() throws Exception {
    Map<String, Archives.Entry> entries = Archives.read(app);
    Path bare = Archives.write(temp.resolve("bare.jar"), Jars.manifest("Created-By", "a repackaging tool"),
        entries.values().stream().filter(e -> !e.path().equals(JarFile.MANIFEST_NAME)).toList());
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(bare).output(temp.resolve("out.jar"))
        .build(), JarmorListener.SILENT);
    assertThat(result.layout().kind()).isEqualTo(Layout.Kind.SPRING_BOOT_JAR);
  }

  @Test
  void inputsItCannotProtectAreRefusedWithOneLine() throws Exception {
    Path plain = Jars.write(temp.resolve("plain.jar"), Jars.entries(built.resolve("classes")), null);
    Path out = temp.resolve("out.jar");
    assertThatThrownBy(() -> Jarmor.protect(ProtectOptions.builder().input(plain).output(out).programLib("x.jar")
        .build(), JarmorListener.SILENT)).isInstanceOfSatisfying(JarmorException.class, e -> {
          assertThat(e.kind()).isEqualTo(JarmorException.Kind.USAGE);
          assertThat(e.userMessage()).contains("--program-lib names nested jars of a Spring Boot jar or a WAR");
        });
    assertThatThrownBy(() -> Jarmor.protect(ProtectOptions.builder().input(app).output(out).programLib("nope-*.jar")
        .build(), JarmorListener.SILENT)).isInstanceOfSatisfying(JarmorException.class, e -> {
          assertThat(e.kind()).isEqualTo(JarmorException.Kind.USAGE);
          assertThat(e.userMessage()).contains("--program-lib nope-*.jar matches no nested jar of " + app)
              .contains("BOOT-INF/lib/base.jar");
        });
    assertThatThrownBy(() -> Jarmor.protect(ProtectOptions.builder().input(app).input(plain).output(out).build(),
        JarmorListener.SILENT)).isInstanceOfSatisfying(JarmorException.class, e -> {
          assertThat(e.kind()).isEqualTo(JarmorException.Kind.USAGE);
          assertThat(e.userMessage()).contains("a Spring Boot executable jar is protected on its own");
        });
    Path empty = Archives.write(temp.resolve("empty.jar"), bootManifest(),
        List.of(Archives.stored(LIB + "base.jar", baseJar), Archives.deflated("BOOT-INF/classpath.idx", CLASSPATH_IDX),
            Archives.deflated("org/springframework/boot/loader/launch/JarLauncher.class", launcher)));
    assertThatThrownBy(() -> Jarmor.protect(ProtectOptions.builder().input(empty).output(out).build(),
        JarmorListener.SILENT)).isInstanceOfSatisfying(JarmorException.class, e -> {
          assertThat(e.kind()).isEqualTo(JarmorException.Kind.INPUT);
          assertThat(e.userMessage()).contains("no class file in BOOT-INF/classes/ of this Spring Boot executable jar")
              .contains("--program-lib");
        });
    assertThat(out).doesNotExist();
  }
}
