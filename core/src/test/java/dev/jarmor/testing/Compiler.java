package dev.jarmor.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles Java sources given as strings into a class folder, for tests that need real class files. */
public final class Compiler {

  private Compiler() {}

  /**
   * Compiles the sources (class name to source text) with {@code --release <release>} into {@code out}.
   *
   * @throws AssertionError with javac's messages when compilation fails
   */
  public static Path compile(Map<String, String> sources, int release, Path out, String... classpath) throws IOException {
    return compile(sources, release, out, List.of(), classpath);
  }

  /** The same with more javac options ({@code -g}, {@code -parameters}). */
  public static Path compile(Map<String, String> sources, int release, Path out, List<String> javacOptions,
      String... classpath) throws IOException {
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    List<String> options = new ArrayList<>(List.of("--release", String.valueOf(release), "-d", out.toString(),
        "-Xlint:none", "-nowarn"));
    options.addAll(javacOptions);
    if (classpath.length > 0) {
      options.add("-cp");
      options.add(String.join(java.io.File.pathSeparator, classpath));
    }
    StringWriter messages = new StringWriter();
    if (!javac.getTask(messages, null, null, options, null, units).call()) {
      throw new AssertionError("compilation failed:\n" + messages);
    }
    return out;
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
