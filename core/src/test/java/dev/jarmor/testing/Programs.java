package dev.jarmor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The test programs under src/test/resources/programs, compiled on demand. */
public final class Programs {

  private static final Path ROOT = Path.of("src/test/resources/programs");

  private Programs() {}

  /** Compiles program {@code name} for {@code release} into {@code out}. */
  public static Path compile(String name, int release, Path out, String... javacOptions) throws IOException {
    return Compiler.compile(sources(name), release, out, java.util.List.of(javacOptions));
  }

  /** The sources of a program: class name to text. */
  public static Map<String, String> sources(String name) {
    Path dir = ROOT.resolve(name);
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
        String rel = dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
        try {
          sources.put(rel.substring(0, rel.length() - ".java".length()).replace('/', '.'), Files.readString(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }  catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }
}
