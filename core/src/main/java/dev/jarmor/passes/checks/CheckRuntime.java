package dev.jarmor.passes.checks;

import dev.jarmor.JarmorException;
import dev.jarmor.ProtectOptions;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.licensing.VendorKeys;
import dev.jarmor.passes.encrypt.DecryptionChecks;
import dev.jarmor.passes.runtime.RuntimeLibrary;
import dev.jarmor.plan.Plan;
import dev.jarmor.runtime.ChildProcesses;
import dev.jarmor.runtime.GuardSettings;
import dev.jarmor.runtime.LicenseException;
import dev.jarmor.runtime.LicenseGuard;
import dev.jarmor.runtime.LicenseSettings;
import dev.jarmor.runtime.LicenseValues;
import dev.jarmor.runtime.RuntimeGuards;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The run-time checks' classes, added to the program before it is analysed, so that they are renamed and go through
 * the program's protection level like its own code: with {@code --license}, {@link LicenseGuard},
 * {@link ChildProcesses} and the licence API's binding {@link LicenseValues}; with {@code --guard},
 * {@link RuntimeGuards}; and every {@code dev.jarmor.runtime} class they reach, moved into a package no program or
 * library class uses, their settings' markers replaced by the vendor's choices ({@link LicenseSettings},
 * {@link GuardSettings}, whose callback becomes a call of the vendor's method). The program's references to the
 * licence API ({@code dev.jarmor.license.License}, {@code LicenseException}) are bound to them, and the API's own
 * classes, where the program bundles them, dropped. It also tells encrypted code which checks to pass before it is
 * decrypted ({@link #decryptionChecks}) and seals the output for the tamper guard ({@link #sealed}).
 */
public final class CheckRuntime {

  /** The licence API's classes, as the program compiles against them, and the runtime classes bound to them. */
  private static final Map<String, Class<?>> API = Map.of(
      "dev/jarmor/license/License", LicenseValues.class,
      "dev/jarmor/license/LicenseException", LicenseException.class);
  private static final List<Class<?>> LICENSE_ENTRIES = List.of(LicenseGuard.class, ChildProcesses.class,
      LicenseValues.class, LicenseException.class);
  private static final List<Class<?>> GUARD_ENTRIES = List.of(RuntimeGuards.class);
  private static final String RUNTIME_PACKAGE = "dev/jarmor/runtime/";
  /** What a check that runs before encrypted code is decrypted takes and returns: the class, its part of the key. */
  private static final String UNLOCK_DESCRIPTOR = "(Ljava/lang/Class;)[B";

  private final Program program;
  /** Each runtime class added, by its name in {@code dev.jarmor.runtime}, to its name in the program. */
  private final Map<String, String> relocated;
  private final Set<String> added;
  private final VendorKeys.BuildKeys keys;
  /** The tamper guard's seal's name beside the guard's class, or null without that guard. */
  private final String sealName;

  private CheckRuntime(Program program, Map<String, String> relocated, VendorKeys.BuildKeys keys, String sealName) {
    this.program = program;
    this.relocated = relocated;
    this.added = Set.copyOf(relocated.values());
    this.keys = keys;
    this.sealName = sealName;
  }

  /**
   * The program with the checks' classes added and its licence API references bound to them.
   *
   * @param licensing {@code --license}, or null
   * @param keys the vendor's keys {@code --license} gives, or null without a licence
   * @param guarding {@code --guard}, or null
   * @param takenPackages every package the program's classes and its libraries occupy, as internal names
   */
  public static CheckRuntime add(Program program, ProtectOptions.Licensing licensing, VendorKeys.BuildKeys keys,
      ProtectOptions.Guarding guarding, Set<String> takenPackages) {
    List<Class<?>> entries = new ArrayList<>();
    Map<String, String> settings = new HashMap<>();
    if (licensing != null) {
      entries.addAll(LICENSE_ENTRIES);
      settings.putAll(Map.of(
          marker(LicenseSettings.MARKER, "key"), keys.publicKey(),
          marker(LicenseSettings.MARKER, "name"), licensing.name(),
          marker(LicenseSettings.MARKER, "product"), licensing.product() == null ? "" : licensing.product(),
          marker(LicenseSettings.MARKER, "on-error"), licensing.onError().name().toLowerCase(Locale.ROOT)));
    }
    String sealName = guarding != null && guarding.guards().contains("tamper")
        ? sealName(program.contentSeed()) : null;
    if (guarding != null) {
      entries.addAll(GUARD_ENTRIES);
      boolean signed = sealName != null && keys != null && keys.privateKey() != null;
      settings.putAll(Map.of(
          marker(GuardSettings.MARKER, "guards"), String.join(",", guarding.guards()),
          marker(GuardSettings.MARKER, "allowed-agents"), String.join(",", guarding.allowedAgents()),
          marker(GuardSettings.MARKER, "on-guard"), guarding.callback() != null ? "callback" : guarding.onGuard(),
          marker(GuardSettings.MARKER, "seal"), sealName == null ? "" : sealName,
          marker(GuardSettings.MARKER, "seal-key"), signed ? keys.publicKey() : "",
          marker(GuardSettings.MARKER, "name"), guarding.name()));
    }
    List<ClassNode> runtime = closure(entries);
    String packageName = RuntimeLibrary.freePackage(takenPackages, program.contentSeed() ^ 0x5EED);
    Map<String, String> relocated = new HashMap<>();
    for (int i = 0; i < runtime.size(); i++) {
      relocated.put(runtime.get(i).name, packageName + "/" + RuntimeLibrary.letters(i));
    }
    Set<String> replaced = new TreeSet<>();
    TreeMap<String, ProgramClass> classes = new TreeMap<>(program.classes());
    if (licensing != null) {
      API.keySet().forEach(classes::remove);
    }
    for (ClassNode node : runtime) {
      ClassNode moved = new ClassNode();
      node.accept(new ClassRemapper(moved, new Mapping(relocated)));
      // a nested class's own name would survive in its InnerClasses entry; release-8 classes need no nest attributes
      moved.innerClasses.clear();
      moved.outerClass = null;
      moved.outerMethod = null;
      moved.outerMethodDesc = null;
      replaced.addAll(RuntimeLibrary.settle(moved, settings));
      if (guarding != null && guarding.callback() != null && node.name.equals(Type.getInternalName(GuardSettings.class))) {
        callback(moved, guarding.callback(), program);
      }
      classes.put(moved.name, new ProgramClass(moved, 0, "jarmor checks runtime", ""));
    }
    Set<String> missing = new TreeSet<>(settings.keySet());
    missing.removeAll(replaced);
    if (!missing.isEmpty()) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "jarmor's check settings lack " + missing, null);
    }
    Program added = new Program(classes, program.versioned(), program.resources(), program.manifest(),
        program.layout(), program.contentSeed());
    Program bound = added;
    if (licensing != null) {
      Map<String, String> binding = new HashMap<>();
      API.forEach((api, runtimeClass) -> binding.put(api, relocated.get(Type.getInternalName(runtimeClass))));
      Set<String> runtimeNames = Set.copyOf(relocated.values());
      bound = added.mapClasses(pc -> runtimeNames.contains(pc.name()) ? pc : bind(pc, binding));
    }
    return new CheckRuntime(bound, relocated, keys, sealName);
  }

  /** A name for the seal of eight letters, drawn from the seed: the same input gives the same bytes. */
  private static String sealName(long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EA1);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }

  /**
   * The vendor's callback, {@code <class>.<method>}, a static method of the program taking the guard's line:
   * {@link GuardSettings}' placeholder body becomes its call, before the analysis, so renaming follows it.
   */
  private static void callback(ClassNode settings, String callback, Program program) {
    int dot = callback.lastIndexOf('.');
    String owner = dot < 0 ? "" : callback.substring(0, dot).replace('.', '/');
    String name = callback.substring(dot + 1);
    ProgramClass target = program.classes().get(owner);
    boolean found = target != null && target.node().methods.stream().anyMatch(m -> m.name.equals(name)
        && m.desc.equals("(Ljava/lang/String;)V") && (m.access & Opcodes.ACC_STATIC) != 0);
    if (!found) {
      throw JarmorException.usage("--on-guard names no static method " + name + "(String) of a program class "
          + owner.replace('/', '.'));
    }
    MethodNode placeholder = settings.methods.stream().filter(m -> m.name.equals("callback")).findFirst()
        .orElseThrow();
    placeholder.instructions.clear();
    placeholder.tryCatchBlocks.clear();
    placeholder.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
    placeholder.instructions.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, name, "(Ljava/lang/String;)V",
        (target.node().access & Opcodes.ACC_INTERFACE) != 0));
    placeholder.instructions.add(new InsnNode(Opcodes.RETURN));
    placeholder.maxStack = 1;
  }

  /** The program with the checks' classes. */
  public Program program() {
    return program;
  }

  /** The program's name, before renaming, of a runtime class added to it, or null if it was not added. */
  public String owner(Class<?> runtimeClass) {
    return relocated.get(Type.getInternalName(runtimeClass));
  }

  /**
   * What the checks give encrypted code: the guards and the licence check run before a class's code is decrypted,
   * and, where the build has the vendor's private key, the licence's content key is part of every class's key.
   */
  public DecryptionChecks decryptionChecks() {
    List<Handle> checks = new ArrayList<>();
    String guards = owner(RuntimeGuards.class);
    if (guards != null) {
      checks.add(new Handle(Opcodes.H_INVOKESTATIC, guards, "unlock", UNLOCK_DESCRIPTOR, false));
    }
    String license = owner(LicenseGuard.class);
    byte[] contentKey = keys == null ? null : keys.contentKey();
    Handle keyCheck = null;
    if (license != null) {
      checks.add(new Handle(Opcodes.H_INVOKESTATIC, license, contentKey == null ? "unlock" : "contentKey",
          UNLOCK_DESCRIPTOR, false));
      keyCheck = contentKey == null ? null : checks.get(checks.size() - 1);
    }
    return new DecryptionChecks(checks, contentKey == null ? new byte[0] : contentKey, keyCheck, added);
  }

  /**
   * The output with the tamper guard's seal of its class files beside the guard's class, as the output's names
   * place it; the output itself without that guard.
   */
  public Program sealed(Program output, Plan plan) {
    if (sealName == null) {
      return output;
    }
    String guard = plan.className(owner(RuntimeGuards.class));
    String path = guard.substring(0, guard.lastIndexOf('/') + 1) + sealName;
    Set<String> checks = new HashSet<>();
    added.forEach(name -> checks.add(plan.className(name)));
    // the checks and the entry points at start, before the program runs; the rest on the guard's thread, and each
    // encrypted class again before its code is decrypted
    return TamperSeal.sealed(output, path, keys == null ? null : keys.privateKey(),
        node -> checks.contains(node.name) || node.methods.stream().anyMatch(CheckWeavingPass::isEntry));
  }

  /** Whether a class of the program is one of the checks' own. */
  public boolean isRuntime(String className) {
    return added.contains(className);
  }

  private static String marker(String prefix, String setting) {
    return prefix + setting + prefix;
  }

  /** The entries and every runtime class they reach, in name order. */
  private static List<ClassNode> closure(List<Class<?>> entries) {
    Map<String, ClassNode> found = new TreeMap<>();
    Deque<String> pending = new ArrayDeque<>();
    entries.forEach(entry -> pending.add(Type.getInternalName(entry)));
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
  private static ProgramClass bind(ProgramClass pc, Map<String, String> binding) {
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
