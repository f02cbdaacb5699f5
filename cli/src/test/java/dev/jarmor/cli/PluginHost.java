package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Core's plugin host program (core/src/test/resources/programs/plugins), the check's example: its plugin class is
 * named in {@code config/plugin.properties} in the {@code --files} folder, so renaming breaks it.
 *
 * @param jar the program, compiled
 * @param files the folder to give {@code --files}
 */
record PluginHost(Path jar, Path files) {

  /** The command that runs it. */
  static final String RUN = "{java} -cp {cp} com.acme.host.Main";

  private static final Path SOURCES = Path.of("../core/src/test/resources/programs/plugins");

  /** Compiles the program into {@code folder}'s plugins.jar and writes its files folder beside it. */
  static PluginHost build(Path folder) throws IOException {
    Path classes = Files.createDirectories(folder.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
    try (Stream<Path> sources = Files.walk(SOURCES)) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
    Path jar = folder.resolve("plugins.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> tree = Files.walk(classes)) {
      for (Path f : tree.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    Path files = folder.resolve("files");
    Files.createDirectories(files.resolve("config"));
    Files.writeString(files.resolve("config/plugin.properties"), "plugin=Greeter\n");
    return new PluginHost(jar, files);
  }
}
