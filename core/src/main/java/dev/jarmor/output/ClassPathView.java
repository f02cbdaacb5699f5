package dev.jarmor.output;

import dev.jarmor.JarmorException;
import dev.jarmor.input.ArchiveEntry;
import dev.jarmor.input.Program;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class path a Spring Boot jar's or a WAR's class loader builds, written out as plain files in a
 * temporary folder for a JVM that links the output's classes ({@code --verify-load}): the program's
 * classes in one jar, each nested library jar beside it. Removed on close.
 */
public final class ClassPathView implements AutoCloseable {

  private final Path folder;
  private final Path classes;
  private final List<Path> libraries;

  private ClassPathView(Path folder, Path classes, List<Path> libraries) {
    this.folder = folder;
    this.classes = classes;
    this.libraries = libraries;
  }

  /** Writes the view of a program (as the passes left it) into a new temporary folder. */
  public static ClassPathView of(Program program) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("jarmor-classpath-");
      Path classes = folder.resolve("classes.jar");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(classes), 1 << 16)) {
        JarOutput.writeFlat(program, out);
      }
      List<Path> libraries = new ArrayList<>();
      List<ArchiveEntry> jars = program.layout().libraryJars();
      for (int i = 0; i < jars.size(); i++) {
        // numbered: two folders of a WAR may hold jars of one name
        Path lib = folder.resolve(i + "-" + jars.get(i).path().substring(jars.get(i).path().lastIndexOf('/') + 1));
        libraries.add(Files.write(lib, jars.get(i).data()));
      }
      return new ClassPathView(folder, classes, List.copyOf(libraries));
    } catch (IOException e) {
      delete(folder);
      throw JarmorException.unwritable("the class path of the load check", folder != null ? folder
          : Path.of(System.getProperty("java.io.tmpdir")), e);
    }
  }

  /** The jar of the program's classes. */
  public Path classes() {
    return classes;
  }

  /** The nested library jars, in class path order. */
  public List<Path> libraries() {
    return libraries;
  }

  @Override
  public void close() {
    delete(folder);
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException ignored) {
      // a temporary folder left behind holds copies only; the output itself is complete
    }
  }
}
