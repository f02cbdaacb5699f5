package dev.jarmor.input;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the input archive arranges the program: a plain jar holds its classes at the top; a Spring Boot
 * executable jar under {@code BOOT-INF/classes/} beside its libraries in {@code BOOT-INF/lib/} and the
 * launcher at the top; a WAR under {@code WEB-INF/classes/} beside {@code WEB-INF/lib/} and its web
 * content. The program's classes and resources are read relative to the class root and written back
 * under it; everything else is carried to the output as it was.
 *
 * @param kind what the archive is
 * @param carried the entries written to the output unchanged, by path: nested libraries (their
 *     compression kept), launcher classes, {@code classpath.idx} and {@code layers.idx}, web content
 * @param libraries the nested jars read as libraries, paths of {@code carried} in the archive's order
 *     (the class path order Spring Boot's build tools write)
 * @param programLibs the nested jars protected with the program ({@code --program-lib}), as they were read:
 *     their classes and resources are in the program with that path as their container, and each jar is
 *     written anew at its path, stored or compressed as it was
 */
public record Layout(Kind kind, SortedMap<String, ArchiveEntry> carried, List<String> libraries,
    List<ArchiveEntry> programLibs) {

  /** The kinds of archive jarmor reads, each with where it keeps the program's classes and libraries. */
  public enum Kind {
    JAR("jar", "", List.of()),
    SPRING_BOOT_JAR("Spring Boot executable jar", "BOOT-INF/classes/", List.of("BOOT-INF/lib/")),
    SPRING_BOOT_WAR("Spring Boot executable war", "WEB-INF/classes/", List.of("WEB-INF/lib/", "WEB-INF/lib-provided/")),
    WAR("war", "WEB-INF/classes/", List.of("WEB-INF/lib/"));

    private final String description;
    private final String classRoot;
    private final List<String> libraryFolders;

    Kind(String description, String classRoot, List<String> libraryFolders) {
      this.description = description;
      this.classRoot = classRoot;
      this.libraryFolders = libraryFolders;
    }

    /** What a user calls it: "Spring Boot executable jar". */
    public String description() {
      return description;
    }

    /** The folder of the archive that holds the program's own classes and resources ("" for the top). */
    public String classRoot() {
      return classRoot;
    }

    /** Whether the entry at that path is a nested jar of the application's libraries. */
    public boolean isLibraryJar(String path) {
      return path.endsWith(".jar") && libraryFolders.stream()
          .anyMatch(folder -> path.startsWith(folder) && path.indexOf('/', folder.length()) < 0);
    }

    /** Whether it is a web archive, whose content outside its classes a servlet container reads. */
    public boolean isWar() {
      return this == WAR || this == SPRING_BOOT_WAR;
    }

    /** The presets that apply to such an archive whether asked for or not: a Spring Boot jar is a Spring application. */
    public List<String> presets() {
      return this == SPRING_BOOT_JAR || this == SPRING_BOOT_WAR ? List.of("spring") : List.of();
    }
  }

  /** A plain jar or class folder: the program at the top, nothing carried. */
  public static final Layout PLAIN = new Layout(Kind.JAR, new TreeMap<>(), List.of(), List.of());

  public Layout {
    carried = Collections.unmodifiableSortedMap(new TreeMap<>(carried));
    libraries = List.copyOf(libraries);
    programLibs = List.copyOf(programLibs);
  }

  /** The folder the program's own classes are written under. */
  public String classRoot() {
    return kind.classRoot();
  }

  /** The nested jars read as libraries, in class path order. */
  public List<ArchiveEntry> libraryJars() {
    return libraries.stream().map(carried::get).toList();
  }

  /**
   * One line saying what was read, for a user who wants to know that jarmor understood the archive:
   * {@code Spring Boot executable jar: classes of BOOT-INF/classes/ protected, 25 nested jars read as
   * libraries and copied unchanged, preset spring applied}.
   */
  public String describe() {
    StringBuilder text = new StringBuilder(kind.description());
    if (kind == Kind.JAR) {
      return text.toString();
    }
    text.append(": classes of ").append(classRoot());
    programLibs.forEach(lib -> text.append(", ").append(lib.path()));
    text.append(" protected, ").append(libraries.size()).append(libraries.size() == 1
        ? " nested jar read as a library" : " nested jars read as libraries").append(" and copied unchanged");
    kind.presets().forEach(preset -> text.append(", preset ").append(preset).append(" applied"));
    return text.toString();
  }
}
