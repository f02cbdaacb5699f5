package dev.jarmor.verify;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The program {@link LoadVerifier} runs in a fresh JVM: loads and links classes with the real JVM verifier,
 * without initialising any. Prints one {@code FAIL <class>: <error>} line per class that does not link, one
 * {@code ABSENT <class>} line per class named that is not there at all, and exits 1 if there was either.
 *
 * <p>Linking is forced through {@code getDeclaredMethods}/{@code getDeclaredFields}, which HotSpot
 * links the class for; initialisation would run user code, which verification must not do.
 *
 * <p>Arguments: a jar, whose every class is checked, then the libraries it runs against; or {@code -}, then a
 * class path, to check the classes named on standard input, one a line (the input's classes behind those of the
 * output that failed).
 */
public final class LoadCheck {

  private LoadCheck() {}

  public static void main(String[] args) throws Exception {
    boolean named = args[0].equals("-");
    List<URL> urls = new ArrayList<>();
    for (int i = named ? 1 : 0; i < args.length; i++) {
      urls.add(new File(args[i]).toURI().toURL());
    }
    List<String> names = named ? namesOnStandardInput() : classesOf(args[0]);
    int failures = 0;
    int loaded = 0;
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      for (String name : names) {
        try {
          Class<?> cls = Class.forName(name, false, loader);
          cls.getDeclaredMethods();
          cls.getDeclaredFields();
          cls.getDeclaredConstructors();
          loaded++;
        } catch (ClassNotFoundException e) {
          failures++;
          System.out.println("ABSENT " + name);
        } catch (Throwable t) {
          failures++;
          System.out.println("FAIL " + name + ": " + t);
        }
      }
    }
    System.out.println("loaded " + loaded + " classes, " + failures + " failed");
    System.exit(failures == 0 ? 0 : 1);
  }

  private static List<String> classesOf(String jarFile) throws Exception {
    List<String> names = new ArrayList<>();
    try (JarFile jar = new JarFile(jarFile)) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
          names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    return names;
  }

  private static List<String> namesOnStandardInput() throws Exception {
    List<String> names = new ArrayList<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isBlank()) {
        names.add(line.strip());
      }
    }
    return names;
  }
}
