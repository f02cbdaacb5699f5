package dev.jarmor.bench.strength;

import com.strobel.assembler.metadata.ClasspathTypeLoader;
import com.strobel.assembler.metadata.CompositeTypeLoader;
import com.strobel.assembler.metadata.JarTypeLoader;
import com.strobel.decompiler.Decompiler;
import com.strobel.decompiler.DecompilerSettings;
import com.strobel.decompiler.PlainTextOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Procyon's decompiler over a jar, as its command line would run it: Maven Central serves its library
 * ({@code procyon-compilertools}), not its command-line jar. Writes each top-level class's source to
 * {@code <out>/<internal name>.java}; a class Procyon throws on gets a file holding only
 * {@link StrengthCensus#PROCYON_CLASS_FAILED} and the exception, as Vineflower writes its own marker. The
 * libraries the jar needs are on this JVM's class path, where Procyon's class path loader finds them.
 *
 * <p>Usage: {@code ProcyonDriver <jar> <out>}.
 */
public final class ProcyonDriver {

  private ProcyonDriver() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ProcyonDriver <jar> <out>");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    try (JarFile jar = new JarFile(args[0])) {
      DecompilerSettings settings = DecompilerSettings.javaDefaults();
      settings.setTypeLoader(new CompositeTypeLoader(new JarTypeLoader(jar), new ClasspathTypeLoader()));
      List<JarEntry> entries = Collections.list(jar.entries());
      for (JarEntry entry : entries) {
        String name = entry.getName();
        if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
          continue;
        }
        String internalName = name.substring(0, name.length() - ".class".length());
        if (!StrengthCensus.topLevel(jar, entry)) {
          continue;
        }
        Path source = out.resolve(internalName + ".java");
        Files.createDirectories(source.getParent() == null ? out : source.getParent());
        try (Writer writer = Files.newBufferedWriter(source, StandardCharsets.UTF_8)) {
          try {
            Decompiler.decompile(internalName, new PlainTextOutput(writer), settings);
          } catch (RuntimeException | StackOverflowError e) {
            writer.write("// " + StrengthCensus.PROCYON_CLASS_FAILED + ": " + e + "\n");
          }
        }
      }
    }
  }
}
