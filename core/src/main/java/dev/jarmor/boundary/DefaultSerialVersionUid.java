package dev.jarmor.boundary;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The serialVersionUID the JVM computes for a class that declares none (Java Object Serialization
 * Specification 4.6, as {@code ObjectStreamClass.computeDefaultSUID} implements it), from the class
 * file alone. It depends on the class name, modifiers, interfaces and non-private members, so any
 * rename or added member changes it: the value must be taken from the original class.
 */
public final class DefaultSerialVersionUid {

  private static final int CLASS_MASK = Modifier.PUBLIC | Modifier.FINAL | Modifier.INTERFACE | Modifier.ABSTRACT;
  private static final int FIELD_MASK = Modifier.PUBLIC | Modifier.PRIVATE | Modifier.PROTECTED | Modifier.STATIC
      | Modifier.FINAL | Modifier.VOLATILE | Modifier.TRANSIENT;
  private static final int METHOD_MASK = Modifier.PUBLIC | Modifier.PRIVATE | Modifier.PROTECTED | Modifier.STATIC
      | Modifier.FINAL | Modifier.SYNCHRONIZED | Modifier.NATIVE | Modifier.ABSTRACT | Modifier.STRICT;

  private DefaultSerialVersionUid() {}

  public static long of(ClassNode cls) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(cls.name.replace('/', '.'));
      int modifiers = classModifiers(cls) & CLASS_MASK;
      List<MethodNode> methods = cls.methods.stream().filter(m -> !m.name.startsWith("<")).toList();
      if ((modifiers & Modifier.INTERFACE) != 0) {
        // as Class.getModifiers() reports it: abstract exactly when the interface declares methods
        modifiers = methods.isEmpty() ? modifiers & ~Modifier.ABSTRACT : modifiers | Modifier.ABSTRACT;
      }
      out.writeInt(modifiers);
      List<String> interfaces = new ArrayList<>(cls.interfaces);
      interfaces.replaceAll(i -> i.replace('/', '.'));
      interfaces.sort(null);
      for (String itf : interfaces) {
        out.writeUTF(itf);
      }
      List<FieldNode> fields = new ArrayList<>(cls.fields);
      fields.sort(Comparator.comparing(f -> f.name));
      for (FieldNode field : fields) {
        int mods = field.access & FIELD_MASK;
        if ((mods & Modifier.PRIVATE) == 0 || (mods & (Modifier.STATIC | Modifier.TRANSIENT)) == 0) {
          out.writeUTF(field.name);
          out.writeInt(mods);
          out.writeUTF(field.desc);
        }
      }
      if (cls.methods.stream().anyMatch(m -> m.name.equals("<clinit>"))) {
        out.writeUTF("<clinit>");
        out.writeInt(Modifier.STATIC);
        out.writeUTF("()V");
      }
      List<MethodNode> constructors = new ArrayList<>(cls.methods.stream().filter(m -> m.name.equals("<init>")).toList());
      constructors.sort(Comparator.comparing(m -> m.desc));
      for (MethodNode constructor : constructors) {
        writeMethod(out, constructor);
      }
      List<MethodNode> sorted = new ArrayList<>(methods);
      sorted.sort(Comparator.<MethodNode, String>comparing(m -> m.name).thenComparing(m -> m.desc));
      for (MethodNode method : sorted) {
        writeMethod(out, method);
      }
      out.flush();
      byte[] hash = MessageDigest.getInstance("SHA").digest(bytes.toByteArray());
      long value = 0;
      for (int i = Math.min(hash.length, 8) - 1; i >= 0; i--) {
        value = (value << 8) | (hash[i] & 0xFF);
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  private static void writeMethod(DataOutputStream out, MethodNode method) throws IOException {
    int mods = method.access & METHOD_MASK;
    if ((mods & Modifier.PRIVATE) == 0) {
      out.writeUTF(method.name);
      out.writeInt(mods);
      out.writeUTF(method.desc.replace('/', '.'));
    }
  }

  /** What Class.getModifiers() reports: a member class's flags come from its InnerClasses entry. */
  private static int classModifiers(ClassNode cls) {
    for (InnerClassNode inner : cls.innerClasses) {
      if (inner.name.equals(cls.name)) {
        return inner.access;
      }
    }
    return cls.access & ~Opcodes.ACC_SUPER;
  }
}
