package dev.jarmor.hierarchy;

import dev.jarmor.JarmorException;
import dev.jarmor.input.LibraryPath;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library classes (libraries and the JDK) read from a {@link LibraryPath}, each read once and kept as its
 * header, shared by every {@link Hierarchy} built against that path: the input's, the output's and those
 * verification builds to find the pass that broke a method. Reading class files one by one from a jrt: image or
 * a jar is most of what building a hierarchy costs. Thread-safe.
 */
public final class LibraryClasses {

  private final LibraryPath path;
  private final Map<String, Optional<ClassInfo>> read = new ConcurrentHashMap<>();

  public LibraryClasses(LibraryPath path) {
    this.path = path;
  }

  /** The library class of that internal name, or null if the path has none. */
  ClassInfo find(String internalName) {
    Optional<ClassInfo> cached = read.get(internalName);
    if (cached == null) {
      byte[] data = path.find(internalName);
      cached = Optional.ofNullable(data == null ? null : read(internalName, data));
      Optional<ClassInfo> earlier = read.putIfAbsent(internalName, cached);
      if (earlier != null) {
        cached = earlier;
      }
    }
    return cached.orElse(null);
  }

  private static ClassInfo read(String internalName, byte[] data) {
    try {
      return ClassInfos.ofLibrary(data);
    } catch (RuntimeException e) {
      throw JarmorException.input("corrupt library class file: " + e, internalName.replace('/', '.'), e);
    }
  }
}
