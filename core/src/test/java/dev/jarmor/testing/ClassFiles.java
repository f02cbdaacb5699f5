package dev.jarmor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Reads class files of a jar or folder and what their constant pools and code hold. */
public final class ClassFiles {

  private static final int CONSTANT_STRING = 8;

  private ClassFiles() {}

  /** Every class file of a jar or a class folder, by entry path. */
  public static Map<String, byte[]> of(Path jarOrFolder) throws IOException {
    if (Files.isDirectory(jarOrFolder)) {
      Map<String, byte[]> classes = new TreeMap<>(Jars.entries(jarOrFolder));
      classes.keySet().removeIf(name -> !name.endsWith(".class"));
      return classes;
    }
    Map<String, byte[]> classes = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jarOrFolder.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (entry.getName().endsWith(".class")) {
          try (InputStream in = zip.getInputStream(entry)) {
            classes.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    return classes;
  }

  /** The texts of every CONSTANT_String in a class file: what ldc, ConstantValue and bootstrap arguments hold. */
  public static TreeSet<String> stringConstants(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    char[] buffer = new char[reader.getMaxStringLength()];
    TreeSet<String> strings = new TreeSet<>();
    for (int i = 1; i < reader.getItemCount(); i++) {
      int offset = reader.getItem(i);
      if (offset > 0 && classFile[offset - 1] == CONSTANT_STRING) {
        strings.add((String) reader.readConst(i, buffer));
      }
    }
    return strings;
  }

  /**
   * The string literals of a class as its source wrote them: ldc constants, ConstantValue strings
   * and the constant parts of string concatenation recipes.
   */
  public static TreeSet<String> literals(byte[] classFile) {
    ClassNode node = node(classFile);
    TreeSet<String> literals = new TreeSet<>();
    node.fields.stream().filter(f -> f.value instanceof String).forEach(f -> literals.add((String) f.value));
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text) {
          literals.add(text);
        } else if (insn instanceof InvokeDynamicInsnNode indy && indy.bsm.getName().equals("makeConcatWithConstants")) {
          for (String part : ((String) indy.bsmArgs[0]).split("[\u0001\u0002]")) {
            literals.add(part);
          }
        }
      }
    }
    return literals;
  }

  /** The int and long constants a class's code pushes with bipush, sipush or ldc. */
  public static TreeSet<Long> numbers(byte[] classFile) {
    TreeSet<Long> numbers = new TreeSet<>();
    for (MethodNode method : node(classFile).methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof IntInsnNode push && insn.getOpcode() != Opcodes.NEWARRAY) {
          numbers.add((long) push.operand);
        } else if (insn instanceof LdcInsnNode ldc && (ldc.cst instanceof Integer || ldc.cst instanceof Long)) {
          numbers.add(((Number) ldc.cst).longValue());
        }
      }
    }
    return numbers;
  }

  /** The class file with one static int field more: a change that leaves it loadable and its code as it was. */
  public static byte[] withField(byte[] classFile, String name) {
    ClassNode node = node(classFile);
    node.fields.add(new org.objectweb.asm.tree.FieldNode(Opcodes.ACC_STATIC, name, "I", null, null));
    org.objectweb.asm.ClassWriter writer = new org.objectweb.asm.ClassWriter(0);
    node.accept(writer);
    return writer.toByteArray();
  }

  public static ClassNode node(byte[] classFile) {
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, 0);
    return node;
  }
}
