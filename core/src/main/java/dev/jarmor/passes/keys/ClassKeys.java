package dev.jarmor.passes.keys;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.passes.OutputModel;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.PassScope;
import dev.jarmor.passes.encrypt.DecryptionChecks;
import dev.jarmor.runtime.Cipher;
import dev.jarmor.runtime.Keys;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of the program's classes as one build knows them, which the runtime computes again as each class is
 * initialized ({@link Keys#register}): a class's key mixes a seed of its own with its superclass's key, where that
 * is a program class that registers one, and, where the build holds the licence's content key, that key. The passes
 * that encrypt a class's constants ask here for the key of each site ({@link #siteKey}) or the mask of its numbers
 * ({@link #mask}), which marks the class as one that registers its key; {@link ClassKeyPass} then makes each such
 * class, and each of its program superclasses, register it. A class registers when it is in scope of the code passes
 * ({@code --include}, {@code --exclude} without a pass), so a superclass left alone stays as it was and its subclasses'
 * keys start afresh. The checks' own classes take no part of the licence's: the licence's check runs their code.
 */
public final class ClassKeys {

  /** What a class's scope is asked about: a pattern for one pass only never takes a class's key away. */
  static final String SCOPE = "keys";

  private final long seed;
  private final PassScope scope;
  private final OutputModel model;
  private final DecryptionChecks checks;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  public ClassKeys(long seed, PassScope scope, OutputModel model, DecryptionChecks checks) {
    this.seed = seed;
    this.scope = scope;
    this.model = model;
    this.checks = checks;
  }

  /**
   * The key an encrypted constant stored with {@code key} in class {@code className} (internal name) is encoded
   * with: the runtime's {@link Cipher#callerKey} of the same site.
   */
  public int siteKey(int key, String className) {
    used.add(className);
    return Cipher.siteKey(key, className.replace('/', '.'), keyOf(className));
  }

  /** The mask of the class's integer constants for the seed its initializer stores: {@link Keys#key}. */
  public int mask(int maskSeed, String className) {
    used.add(className);
    return Keys.mask(maskSeed, keyOf(className));
  }

  /**
   * Code that pushes the class itself: a class constant, or, in a class older than Java 5, which cannot load one,
   * {@code Class.forName} of its name, which finds it through its own class loader.
   */
  public static InsnList self(ClassNode node) {
    InsnList code = new InsnList();
    if ((node.version & 0xFFFF) >= Opcodes.V1_5) {
      code.add(new LdcInsnNode(Type.getObjectType(node.name)));
    } else {
      code.add(new LdcInsnNode(node.name.replace('/', '.')));
      code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Class", "forName",
          "(Ljava/lang/String;)Ljava/lang/Class;", false));
    }
    return code;
  }

  /** The classes that register their key: those with encrypted constants and their program superclasses in scope. */
  Set<String> registering() {
    Set<String> registering = new TreeSet<>();
    for (String name : used) {
      for (String c = name; c != null && registers(c); c = superclass(c)) {
        registering.add(c);
      }
    }
    return registering;
  }

  /** The seed a class stores for its key. */
  int seedOf(String className) {
    return PassContext.random(seed, SCOPE, className).nextInt();
  }

  /** Whether the class takes the licence's part: a program class whose initializer the licence's check may run. */
  boolean takesHeldPart(String className) {
    return checks.heldKey().length > 0
        && !checks.classes().contains(model.originalNames().className(className));
  }

  int keyOf(String className) {
    String parent = superclass(className);
    int parentKey = parent != null && registers(parent) ? keyOf(parent) : 0;
    return Keys.classKey(seedOf(className), parentKey, takesHeldPart(className) ? checks.heldKey() : null);
  }

  private boolean registers(String className) {
    return model.hierarchy().isProgramClass(className)
        && scope.includes(SCOPE, model.originalNames().className(className));
  }

  private String superclass(String className) {
    ClassInfo info = model.hierarchy().find(className);
    return info == null ? null : info.superName();
  }
}
