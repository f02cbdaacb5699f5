package dev.jarmor.passes.license;

import dev.jarmor.JarmorException;
import dev.jarmor.ProtectOptions;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.runtime.ChildProcesses;
import dev.jarmor.runtime.LicenseException;
import dev.jarmor.runtime.LicenseGuard;
import dev.jarmor.runtime.LicenseSettings;
import dev.jarmor.runtime.LicenseValues;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.ClassNode;

/**
 * The licence check's classes, added to the program before it is analysed, so that they are renamed and go through
 * the program's protection level like its own code: {@link LicenseGuard}, {@link ChildProcesses}, the licence API's
 * binding {@link LicenseValues} and every {@code dev.jarmor.runtime} class they reach, moved into a package no
 * program or library class uses, their settings' markers replaced by the vendor's choices. The program's references to
 * the licence API ({@code dev.jarmor.license.License}, {@code LicenseException}) are bound to them, and the API's own
 * classes, where the program bundles them, dropped.
 */
public final class LicenseRuntime {

  /** The licence API's classes, as the program compiles against them, and the runtime classes bound to them. */
  private static final Map<String, Class<?>> API = Map.of(
      "dev/jarmor/license/License", LicenseValues.class,
      "dev/jarmor/license/LicenseException", LicenseException.class);
  private static final List<Class<?>> ENTRIES = List.of(LicenseGuard.class, ChildProcesses.class, LicenseValues.class,
      LicenseException.class);
  private static final String RUNTIME_PACKAGE = "dev/jarmor/runtime/";

  private final Program program;
  private final Map<String, String> relocated;

  private LicenseRuntime(Program program, Map<String, String> relocated) {
    this.program = program;
    this.relocated = relocated;
  }

  /**
   * The program with the licence check's classes added and its licence API references bound to them.
   *
   * @param publicKey the vendor's public key, X.509 in base64
   * @param takenPackages every package the program's classes and its libraries occupy, as internal names
   */
  public static LicenseRuntime add(Program program, ProtectOptions.Licensing licensing, String publicKey,
      Set<String> takenPackages) {
    List<ClassNode> runtime = closure();
    String packageName = RuntimeLibrary.freePackage(takenPackages);
    Map<String, String> relocated = new HashMap<>();
    for (int i = 0; i < runtime.size(); i++) {
      relocated.put(runtime.get(i).name, packageName + "/" + RuntimeLibrary.letters(i));
    }
    Map<String, String> settings = Map.of(
        marker("key"), publicKey,
        marker("name"), licensing.name(),
        marker("product"), licensing.product() == null ? "" : licensing.product(),
        marker("on-error"), licensing.onError().name().toLowerCase(Locale.ROOT));
    Set<String> replaced = new TreeSet<>();
    TreeMap<String, ProgramClass> classes = new TreeMap<>(program.classes());
    API.keySet().forEach(classes::remove);
    for (ClassNode node : runtime) {
      ClassNode moved = new ClassNode();
      node.accept(new ClassRemapper(moved, new Mapping(relocated)));
      // a nested class's own name would survive in its InnerClasses entry; release-8 classes need no nest attributes
      moved.innerClasses.clear();
      moved.outerClass = null;
      moved.outerMethod = null;
      moved.outerMethodDesc = null;
      replaced.addAll(RuntimeLibrary.settle(moved, settings));
      classes.put(moved.name, new ProgramClass(moved, 0, "jarmor license runtime", ""));
    }
    Set<String> missing = new TreeSet<>(settings.keySet());
    missing.removeAll(replaced);
    if (!missing.isEmpty()) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "jarmor's license settings lack " + missing, null);
    }
    Map<String, String> binding = new HashMap<>();
    API.forEach((api, runtimeClass) -> binding.put(api, relocated.get(Type.getInternalName(runtimeClass))));
    Program bound = new Program(classes, program.versioned(), program.resources(), program.manifest(),
        program.layout(), program.contentSeed()).mapClasses(pc -> bind(pc, binding, relocated));
    return new LicenseRuntime(bound, relocated);
  }

  /** The program with the licence check's classes. */
  public Program program() {
    return program;
  }

  /** The program's name, before renaming, of a runtime class added to it. */
  public String owner(Class<?> runtimeClass) {
    return relocated.get(Type.getInternalName(runtimeClass));
  }

  /** Whether a class of the program is one of the licence check's. */
  public boolean isRuntime(String className) {
    return relocated.containsValue(className);
  }

  private static String marker(String setting) {
    return LicenseSettings.MARKER + setting + LicenseSettings.MARKER;
  }

  /** The entries and every runtime class they reach, in name order. */
  private static List<ClassNode> closure() {
    Map<String, ClassNode> found = new TreeMap<>();
    Deque<String> pending = new ArrayDeque<>();
    ENTRIES.forEach(entry -> pending.add(Type.getInternalName(entry)));
    while (!pending.isEmpty()) {
      String name = pending.poll();
      if (found.containsKey(name)) {
        continue;
      }
      ClassNode node = RuntimeLibrary.read(name);
      found.put(name, node);
      node.accept(new ClassRemapper(new ClassNode(), new Remapper() {
        @Override
        public String map(String internalName) {
          if (internalName.startsWith(RUNTIME_PACKAGE) && !found.containsKey(internalName)) {
            pending.add(internalName);
          }
          return internalName;
        }
      }));
    }
    return new ArrayList<>(found.values());
  }

  /** A program class with its licence API references bound to the runtime: itself where it has none. */
  private static ProgramClass bind(ProgramClass pc, Map<String, String> binding, Map<String, String> relocated) {
    if (relocated.containsValue(pc.name())) {
      return pc;
    }
    Mapping mapping = new Mapping(binding);
    ClassNode bound = new ClassNode();
    pc.accept(new ClassRemapper(bound, mapping));
    return mapping.used ? pc.with(bound) : pc;
  }

  /** A remapper of whole class names that remembers whether it renamed any. */
  private static final class Mapping extends Remapper {
    private final Map<String, String> names;
    private boolean used;

    Mapping(Map<String, String> names) {
      this.names = names;
    }

    @Override
    public String map(String internalName) {
      String mapped = names.get(internalName);
      if (mapped == null) {
        return internalName;
      }
      used = true;
      return mapped;
    }
  }
}
