package dev.jarmor.input;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.jar.Manifest;

/**
 * The program being protected: its classes (base and multi-release variants), resources and manifest.
 *
 * <p>Immutable once read; every pass builds a new Program rather than changing this one. Only how the input's
 * trees are held changes ({@link #holdTreesSoftly}), never what {@link ProgramClass#node()} gives.
 *
 * @param classes base classes by internal name, module-info included
 * @param versioned multi-release variants, ordered by release then name
 * @param resources non-class entries by {@link Resource#key()}
 * @param manifest the manifest, or null if the program has none
 * @param layout how the input archive arranges the program (a Spring Boot jar, a WAR), and what it carries
 *     besides: the output is written in the same layout
 * @param contentSeed a digest of every input entry, the default seed: same input, same names
 */
public record Program(
    SortedMap<String, ProgramClass> classes,
    List<ProgramClass> versioned,
    SortedMap<String, Resource> resources,
    Manifest manifest,
    Layout layout,
    long contentSeed) {

  public Program {
    classes = Collections.unmodifiableSortedMap(classes);
    versioned = List.copyOf(versioned);
    resources = Collections.unmodifiableSortedMap(resources);
  }

  /** The main class named by the manifest, as an internal name, or null. */
  public String manifestMainClass() {
    return manifestClass("Main-Class");
  }

  /** The class a manifest attribute names, as an internal name, or null. */
  public String manifestClass(String attribute) {
    if (manifest == null) {
      return null;
    }
    String main = manifest.getMainAttributes().getValue(attribute);
    return main == null || main.isBlank() ? null : main.trim().replace('.', '/');
  }

  /** Base and versioned classes together, base first. */
  public List<ProgramClass> allClasses() {
    var all = new java.util.ArrayList<ProgramClass>(classes.size() + versioned.size());
    all.addAll(classes.values());
    all.addAll(versioned);
    return all;
  }

  /**
   * Lets the JVM drop the trees of the classes read from the input when memory runs short: they are parsed again
   * from their class files when asked for ({@link ProgramClass#node()}).
   */
  public void holdTreesSoftly() {
    classes.values().forEach(ProgramClass::holdTreeSoftly);
    versioned.forEach(ProgramClass::holdTreeSoftly);
  }

  /**
   * This program with every class, base and versioned, replaced by what {@code transform} makes of it
   * (classes in parallel; the result keyed by the new classes' names and in the usual order).
   */
  public Program mapClasses(UnaryOperator<ProgramClass> transform) {
    TreeMap<String, ProgramClass> mapped = new TreeMap<>();
    classes.values().parallelStream().map(transform).toList().forEach(pc -> mapped.put(pc.name(), pc));
    List<ProgramClass> mappedVersions = new java.util.ArrayList<>(versioned.parallelStream().map(transform).toList());
    mappedVersions.sort(Comparator.comparingInt(ProgramClass::release).thenComparing(ProgramClass::name));
    return new Program(mapped, mappedVersions, resources, manifest, layout, contentSeed);
  }
}
