package dev.jarmor.bench.strength;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The replay attack of issue 20, as a targeted attacker writes it once they have read the protected jar: the decoder
 * ships in the jar, so instead of reimplementing it, run it. The program loads the protected jar, finds jarmor's
 * string bootstrap (the one whose call sites are {@code ()String} with a text and an int as constants), and calls it,
 * through a private lookup of each class, on the constants of every call site whose bootstrap takes a text and an int
 * first: the encrypted strings, concatenation recipes and hidden calls' targets, which all decode with the one cipher.
 * Masked numbers are unmasked as a pure-function inliner does: a class initializer's {@code putstatic} of an int
 * computed by a static call on constants is evaluated by calling it, and every {@code ldc; getstatic; ixor} of that
 * field is folded.
 *
 * <p>{@code ReplayAttack <original.jar> <protected.jar> <library-path> <constants|initialized>}: in mode
 * {@code constants} no class of the program is initialized (the attack of the issue, from a call site's constants
 * alone); in mode {@code initialized} each class is initialized first, as the program would (an attacker who runs the
 * program's own initialization class by class; a class whose initialization fails counts as not recovered). Prints a
 * tab-separated line: strings (constants and recipes) recovered, their sites, calls and field accesses recovered,
 * their sites, numbers recovered, their sites. A string counts as recovered when it is a literal or recipe of the
 * original, a call when it names a member that exists, a number when it is a constant of the original.
 */
public final class ReplayAttack {

  private final Set<String> originalTexts = new HashSet<>();
  private final Set<Long> originalNumbers = new HashSet<>();
  private final URLClassLoader loader;
  private final boolean initialize;
  private int strings;
  private int stringsRecovered;
  private int calls;
  private int callsRecovered;
  private int numbers;
  private int numbersRecovered;

  private ReplayAttack(URLClassLoader loader, boolean initialize) {
    this.loader = loader;
    this.initialize = initialize;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4 || !args[3].matches("constants|initialized")) {
      System.err.println("usage: ReplayAttack <original.jar> <protected.jar> <library-path> <constants|initialized>");
      System.exit(2);
    }
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of(args[1]).toUri().toURL());
    for (String lib : args[2].split(":")) {
      if (!lib.isEmpty()) {
        urls.add(Path.of(lib).toUri().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      ReplayAttack attack = new ReplayAttack(loader, args[3].equals("initialized"));
      attack.readOriginal(Path.of(args[0]));
      attack.replay(classes(Path.of(args[1])));
      System.out.println(attack.stringsRecovered + "\t" + attack.strings + "\t" + attack.callsRecovered + "\t"
          + attack.calls + "\t" + attack.numbersRecovered + "\t" + attack.numbers);
    }
  }

  private void readOriginal(Path jar) throws IOException {
    for (ClassNode node : classes(jar).values()) {
      for (MethodNode method : node.methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text) {
            originalTexts.add(text);
          } else if (insn instanceof InvokeDynamicInsnNode indy && indy.bsmArgs.length > 0
              && indy.bsmArgs[0] instanceof String recipe) {
            originalTexts.add(recipe);
          }
          Long number = number(insn);
          if (number != null) {
            originalNumbers.add(number);
          }
        }
      }
      node.fields.stream().filter(f -> f.value instanceof String).forEach(f -> originalTexts.add((String) f.value));
    }
  }

  private static Long number(AbstractInsnNode insn) {
    if (insn instanceof IntInsnNode push && insn.getOpcode() != Opcodes.NEWARRAY) {
      return (long) push.operand;
    }
    if (insn instanceof LdcInsnNode ldc && (ldc.cst instanceof Integer || ldc.cst instanceof Long)) {
      return ((Number) ldc.cst).longValue();
    }
    return null;
  }

  private void replay(TreeMap<String, ClassNode> classes) throws ReflectiveOperationException {
    Handle decoder = stringDecoder(classes);
    Method decode = decoder == null ? null : method(decoder.getOwner(), decoder.getName(), decoder.getDesc());
    String runtime = decoder == null ? null : decoder.getOwner().substring(0, decoder.getOwner().lastIndexOf('/') + 1);
    for (ClassNode node : classes.values()) {
      if (runtime != null && node.name.startsWith(runtime) || (node.access & Opcodes.ACC_MODULE) != 0) {
        continue;
      }
      Class<?> type = load(node.name);
      MethodHandles.Lookup lookup = null;
      try {
        lookup = type == null ? null : MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      } catch (IllegalAccessException | RuntimeException e) {
        // not reachable: its sites count as not recovered
      }
      Mask mask = node.methods.stream().filter(m -> m.name.equals("<clinit>")).findFirst()
          .map(initializer -> mask(node, initializer, type, runtime)).orElse(Mask.NONE);
      for (MethodNode method : node.methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof InvokeDynamicInsnNode indy && runtime != null && indy.bsm.getOwner().startsWith(runtime)
              && indy.bsmArgs.length >= 2 && indy.bsmArgs[0] instanceof String encoded
              && indy.bsmArgs[1] instanceof Integer key) {
            String text = decode(decode, lookup, encoded, key);
            if (indy.bsmArgs.length == 3 && indy.bsmArgs[2] instanceof Integer) {
              calls++;
              callsRecovered += names(text) ? 1 : 0;
            } else {
              strings++;
              stringsRecovered += text != null && originalTexts.contains(text) ? 1 : 0;
            }
          } else if (insn instanceof MethodInsnNode call && runtime != null && call.owner.startsWith(runtime)
              && call.desc.startsWith("(Ljava/lang/String;I") && call.desc.endsWith(")Ljava/lang/String;")) {
            strings++;
            stringsRecovered += oldClassString(call, type) ? 1 : 0;
          } else if (mask.field() != null && insn instanceof FieldInsnNode get && get.getOpcode() == Opcodes.GETSTATIC
              && get.owner.equals(node.name) && get.name.equals(mask.field())
              && insn.getPrevious() instanceof LdcInsnNode masked) {
            numbers++;
            long value = ((Number) masked.cst).longValue();
            numbersRecovered += mask.value() != null && originalNumbers.contains(value ^ mask.value()) ? 1 : 0;
          }
        }
      }
    }
  }

  /** The bootstrap of {@code ()String} call sites whose constants are a text and an int: the string decoder. */
  private static Handle stringDecoder(TreeMap<String, ClassNode> classes) {
    for (ClassNode node : classes.values()) {
      for (MethodNode method : node.methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof InvokeDynamicInsnNode indy && indy.desc.equals("()Ljava/lang/String;")
              && indy.bsmArgs.length == 2 && indy.bsmArgs[0] instanceof String && indy.bsmArgs[1] instanceof Integer) {
            return indy.bsm;
          }
        }
      }
    }
    return null;
  }

  /** The decoder's text of one site's constants, as the class's lookup decodes it; null when it fails. */
  private static String decode(Method decoder, MethodHandles.Lookup lookup, String encoded, int key) {
    if (lookup == null) {
      return null;
    }
    try {
      CallSite site = (CallSite) decoder.invoke(null, lookup, "a", MethodType.methodType(String.class), encoded, key);
      return (String) site.getTarget().invoke();
    } catch (Throwable e) {
      return null;
    }
  }

  /** Whether a decoded call target names a member of a class the program can load: owner, a dot, member. */
  private boolean names(String target) {
    int dot = target == null ? -1 : target.lastIndexOf('.');
    if (dot <= 0) {
      return false;
    }
    String member = target.substring(dot + 1);
    try {
      for (Class<?> c = Class.forName(target.substring(0, dot), false, loader); c != null; c = c.getSuperclass()) {
        if (declares(c, member)) {
          return true;
        }
        for (Class<?> i : c.getInterfaces()) {
          if (declares(i, member)) {
            return true;
          }
        }
      }
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    return false;
  }

  private static boolean declares(Class<?> c, String member) {
    try {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(member)) {
          return true;
        }
      }
      for (var f : c.getDeclaredFields()) {
        if (f.getName().equals(member)) {
          return true;
        }
      }
    } catch (LinkageError e) {
      return false;
    }
    return false;
  }

  /** A string of a class too old for invokedynamic: the decoder call's constants given to it, as the class would. */
  private boolean oldClassString(MethodInsnNode call, Class<?> type) {
    Object text = invoke(call, type);
    return text != null && originalTexts.contains(text);
  }

  /** A class's masking key: the field its initializer stores it in, and its value; null where there is none. */
  private record Mask(String field, Long value) {
    static final Mask NONE = new Mask(null, null);
  }

  /**
   * The class initializer's masking key: the first {@code putstatic} of an int of the class's own, computed by a
   * static call to the runtime on constants, evaluated; its value null when that fails.
   */
  private Mask mask(ClassNode node, MethodNode initializer, Class<?> type, String runtime) {
    for (AbstractInsnNode insn : initializer.instructions) {
      if (insn instanceof FieldInsnNode put && put.getOpcode() == Opcodes.PUTSTATIC && put.owner.equals(node.name)
          && put.desc.equals("I") && put.getPrevious() instanceof MethodInsnNode call && runtime != null
          && call.owner.startsWith(runtime) && call.desc.endsWith(")I")) {
        Object key = invoke(call, type);
        return new Mask(put.name, key instanceof Integer value ? (long) value : null);
      }
    }
    return Mask.NONE;
  }

  /**
   * The static call's result, given the constants loaded right before it as its arguments (a class constant, or a
   * class loaded by name, standing for {@code type}); null when there are not as many or the call fails.
   */
  private Object invoke(MethodInsnNode call, Class<?> type) {
    List<Object> arguments = new ArrayList<>();
    for (AbstractInsnNode insn = call.getPrevious(); insn instanceof LdcInsnNode
        || insn instanceof MethodInsnNode forName && forName.name.equals("forName"); insn = insn.getPrevious()) {
      if (insn instanceof LdcInsnNode ldc) {
        arguments.add(0, ldc.cst instanceof Type ? type : ldc.cst);
      }
    }
    try {
      Method method = method(call.owner, call.name, call.desc);
      Class<?>[] parameters = method.getParameterTypes();
      if (type == null || parameters.length != arguments.size()) {
        return null;
      }
      for (int i = 0; i < parameters.length; i++) {
        // a class before Java 5 pushes its own name, then loads itself
        if (parameters[i] == Class.class) {
          arguments.set(i, type);
        }
      }
      return method.invoke(null, arguments.toArray());
    } catch (Throwable e) {
      return null;
    }
  }

  /** The program's class, initialized first in mode {@code initialized}; null when it cannot be loaded. */
  private Class<?> load(String internalName) {
    String name = internalName.replace('/', '.');
    try {
      if (initialize) {
        Class.forName(name, true, loader);
      }
      return Class.forName(name, false, loader);
    } catch (Throwable e) {
      return null;
    }
  }

  private Method method(String owner, String name, String descriptor) throws ReflectiveOperationException {
    Class<?> type = Class.forName(owner.replace('/', '.'), false, loader);
    Type[] arguments = Type.getArgumentTypes(descriptor);
    Class<?>[] parameters = new Class<?>[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      parameters[i] = classOf(arguments[i]);
    }
    Method method = type.getDeclaredMethod(name, parameters);
    method.setAccessible(true);
    return method;
  }

  private Class<?> classOf(Type type) throws ClassNotFoundException {
    return switch (type.getSort()) {
      case Type.INT -> int.class;
      case Type.LONG -> long.class;
      case Type.BOOLEAN -> boolean.class;
      case Type.BYTE -> byte.class;
      case Type.CHAR -> char.class;
      case Type.SHORT -> short.class;
      case Type.FLOAT -> float.class;
      case Type.DOUBLE -> double.class;
      case Type.ARRAY -> Class.forName(type.getDescriptor().replace('/', '.'), false, loader);
      default -> Class.forName(type.getClassName(), false, loader);
    };
  }

  private static TreeMap<String, ClassNode> classes(Path jar) throws IOException {
    TreeMap<String, ClassNode> classes = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
          try (InputStream in = file.getInputStream(entry)) {
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
            classes.put(node.name, node);
          }
        }
      }
    }
    return classes;
  }
}
