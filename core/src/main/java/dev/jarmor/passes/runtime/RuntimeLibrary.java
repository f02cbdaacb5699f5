package dev.jarmor.passes.runtime;

import dev.jarmor.JarmorException;
import dev.jarmor.runtime.Calls;
import dev.jarmor.runtime.Cipher;
import dev.jarmor.runtime.Concat;
import dev.jarmor.runtime.EncryptedBodies;
import dev.jarmor.runtime.Keys;
import dev.jarmor.runtime.Strings;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The jarmor runtime as one build's output holds it: the classes of {@code dev.jarmor.runtime},
 * read from jarmor's own class path, moved into a package no program or library class uses, with
 * one-letter class and member names. Passes ask it for the owner and name of what they call, which
 * marks the runtime as used; {@link RuntimePass} then adds its classes to the output.
 */
public final class RuntimeLibrary {

  private static final List<Class<?>> CLASSES = List.of(Cipher.class, Concat.class, Keys.class, Strings.class,
      Calls.class, EncryptedBodies.class);
  /** The runtime classes an output carries only when a pass calls them: the others come with any use. */
  private static final Set<Class<?>> ON_DEMAND = Set.of(EncryptedBodies.class);
  /** How many classes the runtime adds to an output that uses it, besides those added on demand. */
  public static final int CLASS_COUNT = CLASSES.size() - ON_DEMAND.size();
  private static final String SOURCE_PACKAGE = "dev/jarmor/runtime/";

  private final String packageName;
  private final Map<String, String> mapping = new HashMap<>();
  private final Map<String, String> settings = new ConcurrentHashMap<>();
  private final AtomicBoolean used = new AtomicBoolean();
  private final Set<Class<?>> usedOnDemand = ConcurrentHashMap.newKeySet();

  /**
   * @param takenPackages internal names of every package the output and its libraries hold
   * @param seed the build's seed, which chooses the package
   */
  public RuntimeLibrary(Set<String> takenPackages, long seed) {
    this.packageName = freePackage(takenPackages, seed);
    for (int c = 0; c < CLASSES.size(); c++) {
      ClassNode node = read(CLASSES.get(c));
      String owner = node.name;
      mapping.put(owner, packageName + "/" + letters(c));
      int m = 0;
      for (MethodNode method : node.methods) {
        if (!method.name.startsWith("<")) {
          mapping.put(owner + "." + method.name + method.desc, letters(m++));
        }
      }
      for (FieldNode field : node.fields) {
        mapping.put(owner + "." + field.name, letters(m++));
      }
    }
  }

  /** The output's internal name of a runtime class; marks the runtime as used. */
  public String owner(Class<?> runtimeClass) {
    used.set(true);
    if (ON_DEMAND.contains(runtimeClass)) {
      usedOnDemand.add(runtimeClass);
    }
    return mapping.get(Type.getInternalName(runtimeClass));
  }

  /** The output's name of a public static method of a runtime class. */
  public String method(Class<?> runtimeClass, String name, String descriptor) {
    return require(Type.getInternalName(runtimeClass) + "." + name + descriptor);
  }

  /** The output's name of a public static field of a runtime class. */
  public String field(Class<?> runtimeClass, String name) {
    return require(Type.getInternalName(runtimeClass) + "." + name);
  }

  /** A handle to a public static bootstrap method of a runtime class. */
  public Handle bootstrap(Class<?> runtimeClass, String name, String descriptor) {
    return new Handle(Opcodes.H_INVOKESTATIC, owner(runtimeClass), method(runtimeClass, name, descriptor),
        descriptor, false);
  }

  /**
   * Gives a runtime class's setting its value for this build: the class's string constant {@code marker} is written
   * as {@code value}. A pass sets the same value however often it asks.
   */
  public void set(String marker, String value) {
    String before = settings.putIfAbsent(marker, value);
    if (before != null && !before.equals(value)) {
      throw new IllegalStateException("runtime setting " + marker + " given two values");
    }
  }

  /** Whether a pass has called into the runtime. */
  public boolean used() {
    return used.get();
  }

  /** The package the runtime classes are written to, as an internal name. */
  public String packageName() {
    return packageName;
  }

  /** The runtime classes, relocated. */
  public List<ClassNode> classes() {
    SimpleRemapper remapper = new SimpleRemapper(mapping);
    // a setting no pass gave is written empty: the marker would name jarmor in the output
    Map<String, String> written = new HashMap<>(Map.of(EncryptedBodies.BUILD_MARKER, ""));
    written.putAll(settings);
    List<ClassNode> classes = new ArrayList<>();
    for (Class<?> runtimeClass : CLASSES) {
      if (ON_DEMAND.contains(runtimeClass) && !usedOnDemand.contains(runtimeClass)) {
        continue;
      }
      ClassNode relocated = new ClassNode();
      read(runtimeClass).accept(new ClassRemapper(relocated, remapper));
      settle(relocated, written);
      // javac wrote a constant's value wherever it is read: the field itself would only show the text
      relocated.fields.removeIf(field -> field.value != null);
      // the runtime's own source file name would name jarmor in every stack trace through it
      relocated.sourceFile = null;
      classes.add(relocated);
    }
    return classes;
  }

  /**
   * Writes a runtime class's settings: each string constant that is one of the markers becomes its value.
   *
   * @return the markers found
   */
  public static Set<String> settle(ClassNode node, Map<String, String> settings) {
    Set<String> found = new TreeSet<>();
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text && settings.containsKey(text)) {
          ldc.cst = settings.get(text);
          found.add(text);
        }
      }
    }
    return found;
  }

  private String require(String key) {
    String name = mapping.get(key);
    if (name == null) {
      throw new IllegalArgumentException("no public runtime member " + key);
    }
    return name;
  }

  private static ClassNode read(Class<?> runtimeClass) {
    return read(Type.getInternalName(runtimeClass));
  }

  /** A class of {@code dev.jarmor.runtime}, by internal name, as jarmor's class path holds it, without debug attributes. */
  public static ClassNode read(String internalName) {
    String resource = internalName + ".class";
    try (InputStream in = RuntimeLibrary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null || !resource.startsWith(SOURCE_PACKAGE)) {
        throw new JarmorException(JarmorException.Kind.INTERNAL, "jarmor's runtime class " + resource + " is missing", null);
      }
      ClassNode node = new ClassNode();
      new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG);
      return node;
    } catch (IOException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "cannot read jarmor's runtime class " + resource, null, e);
    }
  }

  /**
   * A package of five letters that is neither one of the {@code taken} packages nor a parent of one, the first free
   * from where the seed points: jars protected apart and run on one class path each carry their own runtime, whose
   * settings differ from build to build, so they must not share its package (1 in 11,881,376 builds would).
   */
  public static String freePackage(Set<String> taken, long seed) {
    long fiveLetters = 26L * 26 * 26 * 26 * 26;
    long first = 26 + 26 * 26 + 26 * 26 * 26 + 26L * 26 * 26 * 26;
    long mixed = seed * 0x9E3779B97F4A7C15L;
    for (long i = Math.floorMod(mixed ^ mixed >>> 29, fiveLetters); ; i = (i + 1) % fiveLetters) {
      String candidate = letters((int) (first + i));
      if (!taken.contains(candidate) && taken.stream().noneMatch(p -> p.startsWith(candidate + "/"))) {
        return candidate;
      }
    }
  }

  /** a, b, ..., z, aa, ab, ... */
  public static String letters(int index) {
    StringBuilder name = new StringBuilder();
    int i = index;
    do {
      name.insert(0, (char) ('a' + i % 26));
      i = i / 26 - 1;
    } while (i >= 0);
    return name.toString();
  }
}
