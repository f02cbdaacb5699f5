package dev.jarmor.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The JUnit 5 and 6 jars of a class path, told by the manifest every one of them carries ({@code
 * Implementation-Title} {@code junit-platform-*}, {@code junit-jupiter-*} or {@code junit-vintage-*}, and {@code
 * Implementation-Version}): whether a suite brings the JUnit Platform's launcher, and which platform its jars
 * belong to. A suite's JVM runs one JUnit Platform, and the jars of two versions do not mix: a launcher calls
 * methods of the engine API that an older or newer engine jar lacks ({@code NoSuchMethodError}).
 */
final class JUnitJars {

  /** What a JUnit jar says of itself. */
  record Jar(Path path, String title, String version) {

    /**
     * The JUnit Platform version the jar belongs to: its own for the platform's jars and JUnit 6's (one version
     * for all), {@code 1.x.y} for Jupiter's and vintage's {@code 5.x.y}.
     */
    String platformVersion() {
      return !title.startsWith("junit-platform-") && version.startsWith("5.") ? "1." + version.substring(2) : version;
    }

    /** The platform's launcher, alone or inside the console launcher's standalone jar. */
    boolean isLauncher() {
      return title.equals("junit-platform-launcher") || title.equals("junit-platform-console-standalone");
    }
  }

  private final List<Jar> jars;

  private JUnitJars(List<Jar> jars) {
    this.jars = List.copyOf(jars);
  }

  /** The JUnit jars among {@code classpath}'s jars, in class path order; folders and other jars are none. */
  static JUnitJars of(List<Path> classpath) {
    List<Jar> jars = new ArrayList<>();
    for (Path element : classpath) {
      describe(element).ifPresent(jars::add);
    }
    return new JUnitJars(jars);
  }

  /** What a jar says of itself, if it is one of JUnit's. */
  static Optional<Jar> describe(Path jar) {
    if (!Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      Manifest manifest = file.getManifest();
      Attributes main = manifest == null ? null : manifest.getMainAttributes();
      String title = main == null ? null : main.getValue(Attributes.Name.IMPLEMENTATION_TITLE);
      String version = main == null ? null : main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
      boolean junit = title != null && version != null && (title.startsWith("junit-platform-")
          || title.startsWith("junit-jupiter") || title.startsWith("junit-vintage"));
      return junit ? Optional.of(new Jar(jar, title, version)) : Optional.empty();
    } catch (IOException e) {
      // not a jar: the JVM will say so if it matters; it is no JUnit jar
      return Optional.empty();
    }
  }

  boolean hasLauncher() {
    return jars.stream().anyMatch(Jar::isLauncher);
  }

  /** The first jar that belongs to another JUnit Platform than {@code platformVersion}. */
  Optional<Jar> notOf(String platformVersion) {
    return jars.stream().filter(jar -> !jar.platformVersion().equals(platformVersion)).findFirst();
  }
}
