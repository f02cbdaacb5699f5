package dev.jarmor.hierarchy;

import dev.jarmor.JarmorException;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * The type hierarchy of a program and the libraries it runs against: supertypes, subtypes, and
 * member resolution as the JVM does it (JVMS 5.4.3). Library classes are read lazily through the
 * {@link LibraryPath} and cached; nothing is ever loaded into this JVM.
 *
 * <p>Thread-safe: verification queries it from worker threads.
 */
public final class Hierarchy {

  private final Map<String, ClassInfo> program;
  private final LibraryPath libraries;
  private final Map<String, Optional<ClassInfo>> libraryCache = new ConcurrentHashMap<>();
  private final Map<String, List<ClassInfo>> ancestorCache = new ConcurrentHashMap<>();
  private final Map<String, List<String>> directSubtypes;
  private volatile MethodFamilies families;

  private Hierarchy(Map<String, ClassInfo> program, LibraryPath libraries) {
    this.program = Collections.unmodifiableMap(program);
    this.libraries = libraries;
    Map<String, List<String>> subtypes = new HashMap<>();
    for (ClassInfo info : program.values()) {
      if (info.superName() != null) {
        subtypes.computeIfAbsent(info.superName(), k -> new ArrayList<>()).add(info.name());
      }
      for (String itf : info.interfaces()) {
        subtypes.computeIfAbsent(itf, k -> new ArrayList<>()).add(info.name());
      }
    }
    this.directSubtypes = subtypes;
  }

  /**
   * Builds the hierarchy of a program and checks that every supertype of every program class can
   * be found.
   *
   * @throws JarmorException of kind INPUT naming the first missing class
   */
  public static Hierarchy build(Program program, LibraryPath libraries) {
    Map<String, List<ClassNode>> variants = new HashMap<>();
    for (ProgramClass variant : program.versioned()) {
      variants.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(variant.node());
    }
    Map<String, ClassInfo> infos = new TreeMap<>();
    for (ProgramClass pc : program.classes().values()) {
      if ((pc.node().access & Opcodes.ACC_MODULE) == 0) {
        infos.put(pc.name(), ClassInfos.ofProgram(pc.node(), variants.getOrDefault(pc.name(), List.of())));
      }
    }
    // a class that exists only in a release variant is still a program class
    for (ProgramClass variant : program.versioned()) {
      if (!infos.containsKey(variant.name()) && (variant.node().access & Opcodes.ACC_MODULE) == 0) {
        infos.put(variant.name(), ClassInfos.ofProgram(variant.node(), List.of()));
      }
    }
    Hierarchy hierarchy = new Hierarchy(infos, libraries);
    hierarchy.prefetchLibrarySupertypes();
    for (ClassInfo info : infos.values()) {
      hierarchy.ancestors(info.name());
    }
    return hierarchy;
  }

  /**
   * Reads the library supertypes of the program, level by level, in parallel: reading class files
   * one by one from a jrt: image or a jar is most of what building the hierarchy costs. Missing
   * classes are left for {@link #ancestors} to report in a deterministic order.
   */
  private void prefetchLibrarySupertypes() {
    Set<String> seen = new HashSet<>(program.keySet());
    List<String> level = new ArrayList<>();
    for (ClassInfo info : program.values()) {
      addSupertypes(info, seen, level);
    }
    while (!level.isEmpty()) {
      List<ClassInfo> found = level.parallelStream().map(this::find).filter(Objects::nonNull).toList();
      level = new ArrayList<>();
      for (ClassInfo info : found) {
        addSupertypes(info, seen, level);
      }
    }
  }

  private static void addSupertypes(ClassInfo info, Set<String> seen, List<String> level) {
    if (info.superName() != null && seen.add(info.superName())) {
      level.add(info.superName());
    }
    for (String itf : info.interfaces()) {
      if (seen.add(itf)) {
        level.add(itf);
      }
    }
  }

  /** Program classes, sorted by name. */
  public Collection<ClassInfo> programClasses() {
    return program.values();
  }

  public boolean isProgramClass(String internalName) {
    return program.containsKey(internalName);
  }

  /** The class of that internal name, program or library, or null if it cannot be found. */
  public ClassInfo find(String internalName) {
    ClassInfo info = program.get(internalName);
    if (info != null) {
      return info;
    }
    Optional<ClassInfo> cached = libraryCache.get(internalName);
    if (cached == null) {
      byte[] data = libraries.find(internalName);
      cached = Optional.ofNullable(data == null ? null : readLibrary(internalName, data));
      libraryCache.putIfAbsent(internalName, cached);
    }
    return cached.orElse(null);
  }

  private static ClassInfo readLibrary(String internalName, byte[] data) {
    try {
      return ClassInfos.ofLibrary(data);
    } catch (RuntimeException e) {
      throw JarmorException.input("corrupt library class file: " + e, internalName.replace('/', '.'), e);
    }
  }

  /**
   * The class of that internal name.
   *
   * @throws JarmorException of kind INPUT that names the class, who needs it, and suggests --lib
   */
  public ClassInfo require(String internalName, String neededBy) {
    ClassInfo info = find(internalName);
    if (info == null) {
      throw JarmorException.input("class " + internalName.replace('/', '.') + " is missing: it is not in the program,"
          + " its libraries or the JDK; add the jar that has it with --lib", "needed by " + neededBy);
    }
    return info;
  }

  /**
   * All supertypes of a class, excluding itself, in the order the JVM searches them: the superclass
   * chain first, then superinterfaces breadth first.
   */
  public List<ClassInfo> ancestors(String internalName) {
    List<ClassInfo> cached = ancestorCache.get(internalName);
    if (cached != null) {
      return cached;
    }
    ClassInfo start = require(internalName, "the class hierarchy");
    LinkedHashSet<ClassInfo> result = new LinkedHashSet<>();
    Deque<ClassInfo> interfaces = new ArrayDeque<>();
    interfaces.add(start);
    for (ClassInfo c = start; c.superName() != null; ) {
      ClassInfo sup = require(c.superName(), "supertype of " + c);
      result.add(sup);
      interfaces.add(sup);
      c = sup;
    }
    while (!interfaces.isEmpty()) {
      ClassInfo c = interfaces.poll();
      for (String itf : c.interfaces()) {
        ClassInfo info = require(itf, "supertype of " + c);
        if (result.add(info)) {
          interfaces.add(info);
        }
      }
    }
    List<ClassInfo> list = List.copyOf(result);
    ancestorCache.putIfAbsent(internalName, list);
    return list;
  }

  /** Program classes that extend or implement the class, directly or not, sorted by name. */
  public Set<String> descendants(String internalName) {
    TreeSet<String> result = new TreeSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(internalName));
    while (!work.isEmpty()) {
      for (String sub : directSubtypes.getOrDefault(work.poll(), List.of())) {
        if (result.add(sub)) {
          work.add(sub);
        }
      }
    }
    return result;
  }

  /** Whether {@code sub} is {@code sup} or one of its subtypes. */
  public boolean isSubtype(String sub, String sup) {
    if (sub.equals(sup) || sup.equals("java/lang/Object")) {
      return true;
    }
    for (ClassInfo ancestor : ancestors(sub)) {
      if (ancestor.name().equals(sup)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The declaration a field reference resolves to (JVMS 5.4.3.2): the class itself, its
   * superinterfaces, then its superclass, recursively; null if there is none.
   */
  public MemberRef resolveField(String owner, String name, String descriptor) {
    ClassInfo info = find(owner);
    if (info == null) {
      return null;
    }
    if (info.field(name, descriptor) != null) {
      return new MemberRef(owner, name, descriptor);
    }
    for (String itf : info.interfaces()) {
      MemberRef found = resolveField(itf, name, descriptor);
      if (found != null) {
        return found;
      }
    }
    return info.superName() == null ? null : resolveField(info.superName(), name, descriptor);
  }

  /**
   * The declaration a method reference resolves to: the class itself, its superclasses, then its
   * superinterfaces; null if there is none. Every declaration it could otherwise pick belongs to
   * the same {@link MethodFamilies family}, so the choice among superinterfaces does not matter.
   */
  public MemberRef resolveMethod(String owner, String name, String descriptor) {
    ClassInfo info = find(owner);
    if (info == null) {
      return null;
    }
    if (info.method(name, descriptor) != null) {
      return new MemberRef(owner, name, descriptor);
    }
    for (ClassInfo ancestor : ancestors(owner)) {
      if (ancestor.method(name, descriptor) != null) {
        return new MemberRef(ancestor.name(), name, descriptor);
      }
    }
    return null;
  }

  /** The method families of the program, computed once. */
  public MethodFamilies families() {
    MethodFamilies result = families;
    if (result == null) {
      synchronized (this) {
        result = families;
        if (result == null) {
          result = MethodFamilies.compute(this);
          families = result;
        }
      }
    }
    return result;
  }
}
