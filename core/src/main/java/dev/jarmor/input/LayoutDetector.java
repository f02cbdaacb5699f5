package dev.jarmor.input;

import java.util.Collection;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Tells what an input archive is, by its manifest first and then by its folders: Spring Boot's
 * build tools write {@code Spring-Boot-Version} and a launcher as Main-Class; a Spring Boot jar
 * rebuilt by other tools still keeps its classes under {@code BOOT-INF/}; a WAR has {@code WEB-INF/}.
 */
final class LayoutDetector {

  private static final String SPRING_BOOT_LOADER = "org.springframework.boot.loader.";

  private LayoutDetector() {}

  /**
   * @param manifest the archive's manifest, or null
   * @param paths every entry path of the archive
   */
  static Layout.Kind detect(Manifest manifest, Collection<String> paths) {
    boolean web = paths.stream().anyMatch(p -> p.startsWith("WEB-INF/classes/") || p.startsWith("WEB-INF/lib/")
        || p.equals("WEB-INF/web.xml"));
    if (isSpringBootManifest(manifest)) {
      return web ? Layout.Kind.SPRING_BOOT_WAR : Layout.Kind.SPRING_BOOT_JAR;
    }
    if (paths.stream().anyMatch(p -> p.startsWith("BOOT-INF/classes/") || p.startsWith("BOOT-INF/lib/"))) {
      return Layout.Kind.SPRING_BOOT_JAR;
    }
    return web ? Layout.Kind.WAR : Layout.Kind.JAR;
  }

  private static boolean isSpringBootManifest(Manifest manifest) {
    if (manifest == null) {
      return false;
    }
    Attributes main = manifest.getMainAttributes();
    String mainClass = main.getValue("Main-Class");
    return main.getValue("Spring-Boot-Version") != null || main.getValue("Spring-Boot-Classes") != null
        || mainClass != null && mainClass.trim().startsWith(SPRING_BOOT_LOADER);
  }
}
