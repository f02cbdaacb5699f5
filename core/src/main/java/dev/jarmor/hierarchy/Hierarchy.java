package dev.jarmor.hierarchy;

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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * The type hierarchy of a program and the libraries it runs against: supertypes, subtypes, and
 * member resolution as the JVM does it (JVMS 5.4.3). Library classes are read lazily through the
 * {@link LibraryPath}, each once for every hierarchy that shares its {@link LibraryClasses}; nothing is ever
 * loaded into this JVM.
 *
 * <p>A supertype that is neither in the program, its libraries nor the JDK (an optional integration's
 * interface whose jar the user does not have) is no error here: the class that names it is
 * <em>incomplete</em>, its readable supertypes are its {@link #ancestors}, and what cannot be read is in
 * {@link #missingSupertypes} and {@link #missing()}. Whoever asks a question that such a supertype could
 * answer otherwise (may this method override something? is this value assignable?) must ask
 * {@link #isComplete} too.
 *
 * <p>Thread-safe: verification queries it from worker threads.
 */
public final class Hierarchy {

  private static final String OBJECT = "java/lang/Object";

  /** Program classes sorted by name, for those who walk them in order. */
  private final Map<String, ClassInfo> program;
  /**
   * The same by name, for lookups: the most frequent question of the analysis and the plan, asked of every name an
   * instruction refers to, and a sorted map compares long shared package prefixes at every step of its search.
   */
  private final Map<String, ClassInfo> byName;
  private final LibraryClasses libraries;
  private final Map<String, Ancestry> ancestryCache = new ConcurrentHashMap<>();
  private final Map<String, List<String>> directSubtypes;
  private volatile MethodFamilies families;
  // set once by build(), before the hierarchy is handed out
  private MissingClasses missing = MissingClasses.NONE;

  /**
   * A class's supertypes as far as they can be read, in the JVM's search order, and those that cannot: each
   * missing name with the first class (program or library) found naming it as a supertype.
   */
  private record Ancestry(List<ClassInfo> found, Map<String, String> missing) {}

  private Hierarchy(Map<String, ClassInfo> program, LibraryClasses libraries) {
    this.program = Collections.unmodifiableMap(program);
    this.byName = new HashMap<>(program);
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
   * Builds the hierarchy of a program, reading every supertype of every program class that can be found
   * and noting those that cannot ({@link #missing()}).
   */
  public static Hierarchy build(Program program, LibraryPath libraries) {
    return build(program, new LibraryClasses(libraries));
  }

  /** {@link #build(Program, LibraryPath)} with the library classes another hierarchy has already read. */
  public static Hierarchy build(Program program, LibraryClasses libraries) {
    Hierarchy hierarchy = ofTypes(program, libraries);
    hierarchy.missing = MissingClasses.of(hierarchy, program);
    return hierarchy;
  }

  /**
   * The hierarchy of a program whose missing classes analysis has already named (the output of the analyzed
   * program, or the program part way through the passes): {@link #missing()} is empty, every other question
   * answered as by {@link #build}.
   */
  public static Hierarchy of(Program program, LibraryClasses libraries) {
    return ofTypes(program, libraries);
  }

  private static Hierarchy ofTypes(Program program, LibraryClasses libraries) {
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
    return hierarchy;
  }

  /**
   * This hierarchy with program classes added that none of its classes names as a supertype (the runtime's,
   * which the passes add last), sharing the library classes read.
   */
  public Hierarchy plus(Collection<ClassNode> added) {
    if (added.isEmpty()) {
      return this;
    }
    Map<String, ClassInfo> infos = new TreeMap<>(program);
    for (ClassNode node : added) {
      infos.put(node.name, ClassInfos.ofProgram(node, List.of()));
    }
    Hierarchy hierarchy = new Hierarchy(infos, libraries);
    hierarchy.missing = missing;
    return hierarchy;
  }

  /** The library classes this hierarchy has read, for another hierarchy against the same libraries. */
  public LibraryClasses libraryClasses() {
    return libraries;
  }

  /**
   * Reads the library supertypes of the program, level by level, in parallel: reading class files
   * one by one from a jrt: image or a jar is most of what building the hierarchy costs. Missing
   * classes are left for {@link MissingClasses} to name in a deterministic order.
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
    return byName.containsKey(internalName);
  }

  /** The class of that internal name, program or library, or null if it cannot be found. */
  public ClassInfo find(String internalName) {
    ClassInfo info = byName.get(internalName);
    if (info != null) {
      return info;
    }
    return libraries.find(internalName);
  }

  /**
   * All supertypes of a class that can be read, excluding itself, in the order the JVM searches them: the
   * superclass chain first (ending at Object where a missing class breaks it), then superinterfaces breadth first.
   * Empty for a class that cannot be read.
   */
  public List<ClassInfo> ancestors(String internalName) {
    return ancestry(internalName).found();
  }

  /**
   * The supertypes of a class, direct or not, that cannot be read, sorted; the class itself where it cannot be
   * read. Empty for a complete class.
   */
  public Set<String> missingSupertypes(String internalName) {
    return ancestry(internalName).missing().keySet();
  }

  /** Whether the class and every one of its supertypes can be read, so that every question about it has an answer. */
  public boolean isComplete(String internalName) {
    return ancestry(internalName).missing().isEmpty();
  }

  /** The classes the program's supertypes name that cannot be read, and which program classes need them. */
  public MissingClasses missing() {
    return missing;
  }

  /** For each missing supertype of the class, the first class naming it as a supertype. */
  Map<String, String> missingSupertypesNamedBy(String internalName) {
    return ancestry(internalName).missing();
  }

  private Ancestry ancestry(String internalName) {
    Ancestry cached = ancestryCache.get(internalName);
    if (cached != null) {
      return cached;
    }
    ClassInfo start = find(internalName);
    if (start == null) {
      return new Ancestry(List.of(), Map.of(internalName, internalName.replace('/', '.')));
    }
    LinkedHashSet<ClassInfo> result = new LinkedHashSet<>();
    Map<String, String> missingNames = new TreeMap<>();
    Deque<ClassInfo> interfaces = new ArrayDeque<>();
    interfaces.add(start);
    for (ClassInfo c = start; c.superName() != null; ) {
      ClassInfo sup = find(c.superName());
      if (sup == null) {
        missingNames.putIfAbsent(c.superName(), c.toString());
        // whatever the missing class extends, the chain ends at Object
        ClassInfo object = find(OBJECT);
        if (object != null) {
          result.add(object);
        }
        break;
      }
      result.add(sup);
      interfaces.add(sup);
      c = sup;
    }
    while (!interfaces.isEmpty()) {
      ClassInfo c = interfaces.poll();
      for (String itf : c.interfaces()) {
        ClassInfo info = find(itf);
        if (info == null) {
          missingNames.putIfAbsent(itf, c.toString());
        } else if (result.add(info)) {
          interfaces.add(info);
        }
      }
    }
    Ancestry ancestry = new Ancestry(List.copyOf(result), Collections.unmodifiableMap(missingNames));
    ancestryCache.putIfAbsent(internalName, ancestry);
    return ancestry;
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

  /** Whether {@code sub} is {@code sup} or one of its subtypes, as far as its supertypes can be read. */
  public boolean isSubtype(String sub, String sup) {
    if (sub.equals(sup) || sup.equals(OBJECT)) {
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
   * Whether {@code sub} is {@code sup} or one of its subtypes, or might be: a supertype of it that cannot be
   * read may be one. What holds for every subtype of {@code sup} must hold for such a class too.
   */
  public boolean mayBeSubtype(String sub, String sup) {
    return isSubtype(sub, sup) || !isComplete(sub);
  }

  /**
   * The declaration a field reference resolves to (JVMS 5.4.3.2): the class itself, its
   * superinterfaces, then its superclass, recursively; null if there is none among the classes that can be
   * read.
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
   * superinterfaces; null if there is none among the classes that can be read. Every declaration it could
   * otherwise pick belongs to the same {@link MethodFamilies family}, so the choice among superinterfaces does
   * not matter.
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
