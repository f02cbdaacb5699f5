package dev.jarmor.verify;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The program {@link LoadVerifier} runs in a fresh JVM: loads and links every class of a jar with
 * the real JVM verifier, without initialising any. Prints one {@code FAIL <class>: <error>} line per
 * class that does not link and exits 1 if there was one.
 *
 * <p>Linking is forced through {@code getDeclaredMethods}/{@code getDeclaredFields}, which HotSpot
 * links the class for; initialisation would run user code, which verification must not do.
 *
 * <p>Arguments: the jar, then the libraries it runs against.
 */
public final class LoadCheck {

  private LoadCheck() {}

  public static void main(String[] args) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String arg : args) {
      urls.add(new File(arg).toURI().toURL());
    }
    int failures = 0;
    int loaded = 0;
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        JarFile jar = new JarFile(args[0])) {
      List<String> names = new ArrayList<>();
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
          names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
      }
      for (String name : names) {
        try {
          Class<?> cls = Class.forName(name, false, loader);
          cls.getDeclaredMethods();
          cls.getDeclaredFields();
          cls.getDeclaredConstructors();
          loaded++;
        } catch (Throwable t) {
          failures++;
          System.out.println("FAIL " + name + ": " + t);
        }
      }
    }
    System.out.println("loaded " + loaded + " classes, " + failures + " failed");
    System.exit(failures == 0 ? 0 : 1);
  }
}
