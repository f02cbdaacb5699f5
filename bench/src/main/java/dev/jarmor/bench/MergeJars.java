package dev.jarmor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Assembles a fat jar from the jars of a dependency closure, the way a shading plugin does for an
 * application: every entry of every jar, in the order given, the first copy of a path winning. It
 * drops what stops being true of a merged jar: the jars' signatures, their module descriptors, their
 * manifests (one plain manifest replaces them) and multi-release variants (the merged manifest does
 * not say Multi-Release, so the JVM would never load them; ProGuard and yGuard would read them as
 * second definitions of the base classes).
 *
 * <p>Usage: {@code MergeJars <out.jar> <in.jar>...}; prints the number of entries and classes.
 */
public final class MergeJars {

  private MergeJars() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: MergeJars <out.jar> <in.jar>...");
      System.exit(2);
    }
    Set<String> written = new HashSet<>();
    int classes = 0;
    int duplicates = 0;
    try (OutputStream file = Files.newOutputStream(Path.of(args[0]));
        ZipOutputStream out = new ZipOutputStream(file)) {
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
      manifest.write(out);
      out.closeEntry();
      written.add(JarFile.MANIFEST_NAME);
      for (int i = 1; i < args.length; i++) {
        try (ZipFile in = new ZipFile(args[i])) {
          Enumeration<? extends ZipEntry> entries = in.entries();
          while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || dropped(name)) {
              continue;
            }
            if (!written.add(name)) {
              duplicates++;
              continue;
            }
            ZipEntry copy = new ZipEntry(name);
            copy.setTime(entry.getTime());
            out.putNextEntry(copy);
            try (InputStream stream = in.getInputStream(entry)) {
              stream.transferTo(out);
            }
            out.closeEntry();
            if (name.endsWith(".class")) {
              classes++;
            }
          }
        }
      }
    }
    System.err.printf("MergeJars: %d entries, %d classes, %d duplicate paths skipped%n",
        written.size(), classes, duplicates);
  }

  private static boolean dropped(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return name.equals(JarFile.MANIFEST_NAME)
        || name.startsWith("META-INF/versions/")
        || name.equals("module-info.class")
        || (upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
            && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-")));
  }
}
