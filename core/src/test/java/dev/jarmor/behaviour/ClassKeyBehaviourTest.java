package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.licensing.VendorKeys;
import dev.jarmor.runtime.Cipher;
import dev.jarmor.runtime.Keys;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.SameOutput;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A class's encrypted constants decode under its key, which its initialization registers from a seed of its own and
 * its superclass's key: the replay attack of issue 20 (the runtime's own bootstrap called on a call site's constants
 * through a private lookup of the class) gets nothing from a class not yet initialized, and the key of a subclass
 * cannot be computed from its own seed alone.
 */
class ClassKeyBehaviourTest {

  private static final Map<String, String> SOURCES = Map.of(
      "keys.Base", """
          package keys;

          public class Base {
            protected String greet(String name) {
              return "greetings, " + name;
            }
          }
          """,
      "keys.Derived", """
          package keys;

          public class Derived extends Base {
            static final int LIMIT = 1234;

            public String describe() {
              return greet("derived") + " under the limit " + LIMIT * 2;
            }
          }
          """,
      "keys.Main", """
          package keys;

          public class Main {
            public static void main(String[] args) {
              System.out.println(new Derived().describe());
            }
          }
          """);

  @TempDir Path temp;

  @Test
  void aClassConstantsDecodeOnlyOnceItAndItsSuperclassAreInitialized() throws Throwable {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    // names kept, so the test finds the classes; every constant pass on
    String output = SameOutput.afterProtection(classes, out, ProtectOptions.builder().level(0).seed(3L)
        .pass("strings", true).pass("references", true).pass("numbers", true), "keys.Main", List.of());
    assertThat(output).isEqualTo("greetings, derived under the limit 2468\n");

    ClassNode derived = ClassFiles.node(ClassFiles.of(out).get("keys/Derived.class"));
    InvokeDynamicInsnNode site = stringSite(derived);
    String encoded = (String) site.bsmArgs[0];
    int key = (Integer) site.bsmArgs[1];
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, null)) {
      Class<?> type = Class.forName("keys.Derived", false, loader);
      Method bootstrap = bootstrap(site.bsm, loader);
      assertThatThrownBy(() -> replay(bootstrap, type, encoded, key)).as("not initialized")
          .isInstanceOf(InvocationTargetException.class).cause().isInstanceOf(IllegalStateException.class);
      Class.forName("keys.Derived", true, loader);
      assertThat(replay(bootstrap, type, encoded, key)).as("initialized").isEqualTo("derived");
    }

    int derivedKey = Keys.classKey(registeredSeed(derived), Keys.classKey(registeredSeed(
        ClassFiles.node(ClassFiles.of(out).get("keys/Base.class"))), 0, null), null);
    assertThat(Cipher.decode(encoded, Cipher.siteKey(key, "keys.Derived", derivedKey))).isEqualTo("derived");
    assertThat(Cipher.decode(encoded, Cipher.siteKey(key, "keys.Derived",
        Keys.classKey(registeredSeed(derived), 0, null)))).as("without the superclass's key")
        .isNotEqualTo("derived");
  }

  @Test
  void withTheVendorsPrivateKeyTheLicenceHoldsPartOfEveryKey() throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    Path vendorKey = temp.resolve("vendor.key");
    VendorKeys.generate(vendorKey);
    Path out = temp.resolve("out.jar");
    Jarmor.protect(ProtectOptions.builder().input(classes).output(out).level(0).seed(3L).pass("strings", true)
        .licensing(new ProtectOptions.Licensing(vendorKey, "shop", null, ProtectOptions.Licensing.OnError.EXIT))
        .build(), JarmorListener.SILENT);
    ClassNode derived = ClassFiles.node(ClassFiles.of(out).get("keys/Derived.class"));
    MethodInsnNode register = registration(derived);
    assertThat(register.getPrevious()).as("the licence's part, from its check")
        .isInstanceOfSatisfying(MethodInsnNode.class, check -> assertThat(check.desc)
            .isEqualTo("(Ljava/lang/Class;)[B"));
    byte[] contentKey = VendorKeys.contentKey(VendorKeys.readPrivate(vendorKey));
    int seed = registeredSeed(derived);
    int baseKey = Keys.classKey(registeredSeed(ClassFiles.node(ClassFiles.of(out).get("keys/Base.class"))), 0,
        contentKey);
    InvokeDynamicInsnNode site = stringSite(derived);
    String encoded = (String) site.bsmArgs[0];
    int key = (Integer) site.bsmArgs[1];
    assertThat(Cipher.decode(encoded, Cipher.siteKey(key, "keys.Derived", Keys.classKey(seed, baseKey, contentKey))))
        .isEqualTo("derived");
    assertThat(Cipher.decode(encoded, Cipher.siteKey(key, "keys.Derived", Keys.classKey(seed, baseKey, null))))
        .as("without the licence").isNotEqualTo("derived");
  }

  /** The call that registers the class's key in its initializer. */
  private static MethodInsnNode registration(ClassNode node) {
    MethodNode initializer = node.methods.stream().filter(m -> m.name.equals("<clinit>")).findFirst().orElseThrow();
    for (AbstractInsnNode insn : initializer.instructions) {
      if (insn instanceof MethodInsnNode call && call.desc.equals("(ILjava/lang/Class;[B)V")) {
        return call;
      }
    }
    throw new AssertionError(node.name + " registers no key");
  }

  /** The first encrypted string constant of the class: its bootstrap's type is {@code ()String}. */
  private static InvokeDynamicInsnNode stringSite(ClassNode node) {
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof InvokeDynamicInsnNode indy && indy.desc.equals("()Ljava/lang/String;")
            && indy.bsmArgs.length == 2 && "derived".length() == ((String) indy.bsmArgs[0]).length()) {
          return indy;
        }
      }
    }
    throw new AssertionError("no encrypted constant in " + node.name);
  }

  /** The seed the class's initializer registers its key with: the constant before the class and the licence part. */
  private static int registeredSeed(ClassNode node) {
    AbstractInsnNode before = registration(node).getPrevious();
    // a licence's part comes from its check, which takes the class
    for (int i = before instanceof MethodInsnNode ? 3 : 2; i > 0; i--) {
      before = before.getPrevious();
    }
    return (Integer) ((LdcInsnNode) before).cst;
  }

  private static Method bootstrap(Handle handle, ClassLoader loader) throws ReflectiveOperationException {
    Class<?> owner = Class.forName(handle.getOwner().replace('/', '.'), false, loader);
    Type[] arguments = Type.getArgumentTypes(handle.getDesc());
    Class<?>[] parameters = {MethodHandles.Lookup.class, String.class, MethodType.class, String.class, int.class};
    assertThat(arguments).hasSize(parameters.length);
    return owner.getMethod(handle.getName(), parameters);
  }

  /** The attack: the runtime's bootstrap given the site's constants and a private lookup of its class. */
  private static String replay(Method bootstrap, Class<?> type, String encoded, int key) throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    CallSite site = (CallSite) bootstrap.invoke(null, lookup, "a", MethodType.methodType(String.class), encoded, key);
    return (String) site.getTarget().invoke();
  }
}
