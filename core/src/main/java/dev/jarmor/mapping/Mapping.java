package dev.jarmor.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed or planned mapping: what each class and member was called before and after renaming.
 *
 * <p>Immutable. Classes keep the order they were given in; lookups go both ways.
 */
public final class Mapping {

  private final List<ClassMapping> classes;
  private final Map<String, ClassMapping> byOriginal = new HashMap<>();
  private final Map<String, ClassMapping> byNew = new HashMap<>();

  /**
   * A mapping of these classes.
   *
   * @throws IllegalArgumentException if a class is listed twice
   */
  public Mapping(List<ClassMapping> classes) {
    this.classes = List.copyOf(classes);
    for (ClassMapping cls : this.classes) {
      if (byOriginal.putIfAbsent(cls.originalName(), cls) != null) {
        throw new IllegalArgumentException("class " + cls.originalName() + " is mapped twice");
      }
      // two classes given one new name is a broken mapping; the first keeps it, as ProGuard's retrace does
      byNew.putIfAbsent(cls.newName(), cls);
    }
  }

  /** Every class, in the order given. */
  public List<ClassMapping> classes() {
    return classes;
  }

  /** The class whose input name (Java form, e.g. {@code com.acme.Foo$Inner}) is that, or null. */
  public ClassMapping byOriginalName(String javaName) {
    return byOriginal.get(javaName);
  }

  /** The class whose output name (Java form) is that, or null. */
  public ClassMapping byNewName(String javaName) {
    return byNew.get(javaName);
  }
}
