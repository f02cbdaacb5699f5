package dev.jarmor.input;

import dev.jarmor.JarmorException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The classes the program runs against but does not own: the JDK (from a jrt: image or a Java 8
 * rt.jar), the nested library jars of a Spring Boot jar or WAR, and the {@code --lib} jars and folders.
 * Read on demand, never modified or copied.
 */
public final class LibraryPath implements Closeable {

  private final List<Source> sources = new ArrayList<>();
  private final List<Source> userSources = new ArrayList<>();
  private final List<Closeable> closeables = new ArrayList<>();

  private LibraryPath() {}

  /**
   * Opens the JDK at {@code javaHome} (null for the running JDK), the nested jars of the input (read
   * first: they are what the program runs with) and the given libraries, each of which may itself be a
   * list joined by the platform's path separator.
   *
   * @param nested the input's nested library jars ({@link Layout#libraryJars()}), in class path order
   */
  public static LibraryPath open(Path javaHome, List<ArchiveEntry> nested, List<String> libs) {
    LibraryPath path = new LibraryPath();
    try {
      path.addJdk(javaHome);
      for (ArchiveEntry jar : nested) {
        Source source = NestedJarSource.read(jar);
        path.sources.add(source);
        path.userSources.add(source);
      }
      for (String lib : libs) {
        for (String element : lib.split(File.pathSeparator)) {
          if (!element.isBlank()) {
            path.userSources.add(path.addLibrary(Path.of(element)));
          }
        }
      }
      return path;
    } catch (RuntimeException e) {
      path.close();
      throw e;
    }
  }

  /** The class file of that internal name, first source wins, or null when no source has it. */
  public byte[] find(String internalName) {
    String entry = internalName + ".class";
    for (Source source : sources) {
      try {
        byte[] data = source.read(entry);
        if (data != null) {
          return data;
        }
      } catch (IOException e) {
        throw JarmorException.input("cannot read library class " + internalName + ": " + e.getMessage(), source.toString(), e);
      }
    }
    return null;
  }

  /**
   * Every class file of the nested and {@code --lib} jars and folders (not the JDK's), base versions only,
   * in the order given; a class several libraries hold is visited once per library.
   */
  public void forEachLibraryClass(Consumer<byte[]> action) {
    for (Source source : userSources) {
      try {
        source.forEachClass(action);
      } catch (IOException e) {
        throw JarmorException.input("cannot read library: " + e.getMessage(), source.toString(), e);
      }
    }
  }

  /** Some files of one library: its name (a jar's or folder's file name, a nested jar's path) and its files by path. */
  public record LibraryFiles(String library, SortedMap<String, byte[]> files) {}

  /**
   * The entries under {@code META-INF/} of each nested and {@code --lib} jar and folder (not the JDK's) whose
   * path {@code wanted} accepts, in class path order, libraries without any left out. A jar's entries are listed
   * from its central directory and only the wanted ones read, so this costs little beside reading classes.
   */
  public List<LibraryFiles> metaInfFiles(Predicate<String> wanted) {
    List<LibraryFiles> found = new ArrayList<>();
    for (Source source : userSources) {
      SortedMap<String, byte[]> files = new TreeMap<>();
      try {
        source.forEachMetaInfFile(wanted, files::put);
      } catch (IOException e) {
        throw JarmorException.input("cannot read library: " + e.getMessage(), source.toString(), e);
      }
      if (!files.isEmpty()) {
        found.add(new LibraryFiles(source.name(), files));
      }
    }
    return found;
  }

  /** Every package any library or the JDK defines, as internal names. */
  public TreeSet<String> packages() {
    TreeSet<String> packages = new TreeSet<>();
    for (Source source : sources) {
      source.addPackages(packages);
    }
    return packages;
  }

  private void addJdk(Path javaHome) {
    if (javaHome == null) {
      sources.add(new JrtSource(FileSystems.getFileSystem(URI.create("jrt:/"))));
      return;
    }
    if (!Files.isDirectory(javaHome)) {
      throw JarmorException.input("not a JDK folder", javaHome.toString());
    }
    Path rtJar = javaHome.resolve("jre/lib/rt.jar");
    if (!Files.exists(rtJar)) {
      rtJar = javaHome.resolve("lib/rt.jar");
    }
    if (Files.exists(rtJar)) {
      addLibrary(rtJar);
      return;
    }
    if (!Files.exists(javaHome.resolve("lib/modules"))) {
      throw JarmorException.input("neither lib/modules nor rt.jar found: not a JDK", javaHome.toString());
    }
    try {
      FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", javaHome.toString()));
      closeables.add(jrt);
      sources.add(new JrtSource(jrt));
    } catch (IOException | RuntimeException e) {
      throw JarmorException.input("cannot open the JDK image: " + e.getMessage(), javaHome.toString(), e);
    }
  }

  private Source addLibrary(Path lib) {
    if (Files.isDirectory(lib)) {
      Source source = new FolderSource(lib);
      sources.add(source);
      return source;
    } else if (Files.isRegularFile(lib)) {
      try {
        ZipFile zip = new ZipFile(lib.toFile());
        closeables.add(zip);
        Source source = new JarSource(zip, lib);
        sources.add(source);
        return source;
      } catch (IOException e) {
        throw JarmorException.input("library is not a readable jar: " + e.getMessage(), lib.toString(), e);
      }
    } else {
      throw JarmorException.input("library not found", lib.toString());
    }
  }

  @Override
  public void close() {
    for (Closeable closeable : closeables) {
      try {
        closeable.close();
      } catch (IOException | UnsupportedOperationException ignored) {
        // nothing was written through it; a failed close loses nothing
      }
    }
  }

  private interface Source {
    byte[] read(String entry) throws IOException;

    void addPackages(TreeSet<String> packages);

    default void forEachClass(Consumer<byte[]> action) throws IOException {
      throw new UnsupportedOperationException("the JDK's classes are not listed");
    }

    /** Each entry under META-INF/ that {@code wanted} accepts, with its bytes. */
    default void forEachMetaInfFile(Predicate<String> wanted, BiConsumer<String, byte[]> action) throws IOException {
      throw new UnsupportedOperationException("the JDK's files are not listed");
    }

    /** How the library is named where its files are cited. */
    default String name() {
      return toString();
    }
  }

  private static boolean isBaseClass(String entry) {
    return entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class");
  }

  private record JarSource(ZipFile zip, Path path) implements Source {
    @Override
    public byte[] read(String entry) throws IOException {
      ZipEntry zipEntry = zip.getEntry(entry);
      if (zipEntry == null) {
        return null;
      }
      try (InputStream in = zip.getInputStream(zipEntry)) {
        return in.readAllBytes();
      }
    }

    @Override
    public void forEachClass(Consumer<byte[]> action) throws IOException {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (isBaseClass(entry.getName())) {
          try (InputStream in = zip.getInputStream(entry)) {
            action.accept(in.readAllBytes());
          }
        }
      }
    }

    @Override
    public void forEachMetaInfFile(Predicate<String> wanted, BiConsumer<String, byte[]> action) throws IOException {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (!entry.isDirectory() && entry.getName().startsWith("META-INF/") && wanted.test(entry.getName())) {
          try (InputStream in = zip.getInputStream(entry)) {
            action.accept(entry.getName(), in.readAllBytes());
          }
        }
      }
    }

    @Override
    public void addPackages(TreeSet<String> packages) {
      zip.stream().filter(e -> e.getName().endsWith(".class"))
          .forEach(e -> packages.add(packageOf(e.getName())));
    }

    @Override
    public String name() {
      return path.getFileName().toString();
    }

    @Override
    public String toString() {
      return path.toString();
    }
  }

  /**
   * A nested jar of the input: the jar's bytes, which the input's layout carries to the output anyway, read through
   * their central directory, each class inflated when asked for (a jar inside a jar has no file to open on demand).
   */
  private record NestedJarSource(String path, ZipDirectory zip) implements Source {
    static NestedJarSource read(ArchiveEntry jar) {
      try {
        return new NestedJarSource(jar.path(), jar.content().asZip());
      } catch (ZipException e) {
        throw JarmorException.input("nested library is not a readable jar: " + e.getMessage(), jar.path(), e);
      }
    }

    @Override
    public void forEachMetaInfFile(Predicate<String> wanted, BiConsumer<String, byte[]> action) throws IOException {
      for (String entry : zip.names()) {
        if (!entry.endsWith("/") && entry.startsWith("META-INF/") && wanted.test(entry)) {
          action.accept(entry, zip.read(entry));
        }
      }
    }

    @Override
    public byte[] read(String entry) throws IOException {
      return isBaseClass(entry) ? zip.read(entry) : null;
    }

    @Override
    public void forEachClass(Consumer<byte[]> action) throws IOException {
      for (String entry : zip.names()) {
        if (isBaseClass(entry)) {
          action.accept(zip.read(entry));
        }
      }
    }

    @Override
    public void addPackages(TreeSet<String> packages) {
      zip.names().stream().filter(LibraryPath::isBaseClass).forEach(entry -> packages.add(packageOf(entry)));
    }

    @Override
    public String toString() {
      return path;
    }
  }

  private record FolderSource(Path root) implements Source {
    @Override
    public byte[] read(String entry) throws IOException {
      Path file = root.resolve(entry);
      return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    @Override
    public void forEachClass(Consumer<byte[]> action) throws IOException {
      try (var walk = Files.walk(root)) {
        for (Path file : walk.sorted().toList()) {
          if (isBaseClass(root.relativize(file).toString().replace(File.separatorChar, '/'))) {
            action.accept(Files.readAllBytes(file));
          }
        }
      }
    }

    @Override
    public void forEachMetaInfFile(Predicate<String> wanted, BiConsumer<String, byte[]> action) throws IOException {
      Path metaInf = root.resolve("META-INF");
      if (!Files.isDirectory(metaInf)) {
        return;
      }
      try (var walk = Files.walk(metaInf)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          String entry = root.relativize(file).toString().replace(File.separatorChar, '/');
          if (wanted.test(entry)) {
            action.accept(entry, Files.readAllBytes(file));
          }
        }
      }
    }

    @Override
    public String name() {
      return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }

    @Override
    public void addPackages(TreeSet<String> packages) {
      try (var walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".class"))
            .forEach(p -> packages.add(packageOf(root.relativize(p).toString().replace(File.separatorChar, '/'))));
      } catch (IOException e) {
        throw JarmorException.input("cannot list library folder: " + e.getMessage(), root.toString(), e);
      }
    }

    @Override
    public String toString() {
      return root.toString();
    }
  }

  /** A jrt: image; /packages/<pkg>/ names the modules that hold a package. */
  private static final class JrtSource implements Source {
    private final FileSystem jrt;
    private final Map<String, List<String>> modulesByPackage = new HashMap<>();

    JrtSource(FileSystem jrt) {
      this.jrt = jrt;
      try (DirectoryStream<Path> packages = Files.newDirectoryStream(jrt.getPath("/packages"))) {
        for (Path pkg : packages) {
          List<String> modules = new ArrayList<>();
          try (DirectoryStream<Path> links = Files.newDirectoryStream(pkg)) {
            links.forEach(link -> modules.add(link.getFileName().toString()));
          }
          modulesByPackage.put(pkg.getFileName().toString().replace('.', '/'), modules);
        }
      } catch (IOException e) {
        throw JarmorException.input("cannot read the JDK image: " + e.getMessage(), "jrt:/", e);
      }
    }

    @Override
    public byte[] read(String entry) throws IOException {
      List<String> modules = modulesByPackage.get(packageOf(entry));
      if (modules == null) {
        return null;
      }
      for (String module : modules) {
        Path file = jrt.getPath("/modules", module, entry);
        if (Files.exists(file)) {
          return Files.readAllBytes(file);
        }
      }
      return null;
    }

    @Override
    public void addPackages(TreeSet<String> packages) {
      packages.addAll(modulesByPackage.keySet());
    }

    @Override
    public String toString() {
      return "jrt:/";
    }
  }

  private static String packageOf(String entry) {
    int slash = entry.lastIndexOf('/');
    return slash < 0 ? "" : entry.substring(0, slash);
  }
}
