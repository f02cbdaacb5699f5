package dev.jarmor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * bench/levels' counts: what a jar holds, and how much of a program's text a decompiler still shows.
 *
 * <p>{@code census <jar>} prints one tab-separated line: class entries, their uncompressed bytes,
 * methods, methods with code (neither abstract nor native: those a decompiler writes a body for), and
 * those by the length of their code against the JIT's limits: at most 35 bytes, 36 to 325, 326 to
 * 8000, over 8000.
 * Every {@code .class} entry counts, {@code META-INF/versions/} ones included, since a protector
 * rewrites those too.
 *
 * <p>{@code strings <original.jar> <decompiled-dir> <list>} takes the program's string literals
 * ({@link #programLiterals}) and prints how many of them are
 * still a string literal of the decompiled Java source under the folder, how many there are, and how
 * many of the visible ones are a field's constant value in the original (a public constant is API:
 * compilers copy its value into the code using it). The list file gets every literal, a line each,
 * {@code visible} or {@code hidden}, a tab, and the literal with Java escapes.
 *
 * <p>The source is read as a Java lexer reads it: every string literal is unescaped and compared
 * whole, so an escape the decompiler chose ({@code \n}, {@code \u00e9}) or a keyword that spells a
 * literal ({@code "null"}) cannot fool the count. A literal inside a comment counts too when the
 * comment quotes it on one line: that is how a decompiler that gives up on a method dumps its
 * bytecode ({@code ldc "text"}), which a reader sees.
 */
public final class LevelsCensus {

  /**
   * HotSpot's MaxInlineSize, FreqInlineSize and HugeMethodLimit: code lengths at which the JIT inlines a method
   * into every caller, into hot callers only, or never compiles it.
   */
  private static final int[] JIT_LIMITS = {35, 325, 8000};

  /** Shorter literals ("id", "%s") are too common to tell anything about a program. */
  private static final int MIN_LENGTH = 4;

  private LevelsCensus() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("census")) {
      census(Path.of(args[1]));
    } else if (args.length == 4 && args[0].equals("strings")) {
      strings(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    } else {
      System.err.println("usage: LevelsCensus census <jar> | strings <original.jar> <decompiled-dir> <list>");
      System.exit(2);
    }
  }

  private static void census(Path jar) throws IOException {
    long classes = 0;
    long bytes = 0;
    long methods = 0;
    long withCode = 0;
    long[] byLength = new long[JIT_LIMITS.length + 1];
    for (byte[] data : classFiles(jar)) {
      ClassNode node = read(data);
      classes++;
      bytes += data.length;
      ClassWriter probe = new ClassWriter(0);
      probe.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "Probe", null, "java/lang/Object", null);
      for (MethodNode method : node.methods) {
        methods++;
        if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
          withCode++;
          int length = codeLength(method, probe);
          int bucket = 0;
          while (bucket < JIT_LIMITS.length && length > JIT_LIMITS[bucket]) {
            bucket++;
          }
          byLength[bucket]++;
        }
      }
    }
    StringBuilder line = new StringBuilder(classes + "\t" + bytes + "\t" + methods + "\t" + withCode);
    for (long count : byLength) {
      line.append('\t').append(count);
    }
    System.out.println(line);
  }

  /**
   * The length in bytes of a method's code, written alone into {@code probe}: a label visited last resolves
   * to it. (Measured here, not with jarmor's own JitLimits, so the kit does not take the tool's word.)
   */
  public static int codeLength(MethodNode method, ClassWriter probe) {
    Label end = new Label();
    MethodVisitor code = probe.visitMethod(method.access, method.name, method.desc, null, null);
    method.accept(new MethodVisitor(Opcodes.ASM9, code) {
      @Override
      public void visitMaxs(int maxStack, int maxLocals) {
        super.visitLabel(end);
        super.visitMaxs(maxStack, maxLocals);
      }
    });
    return end.getOffset();
  }

  private static void strings(Path original, Path decompiled, Path list) throws IOException {
    Set<String> fieldConstants = new HashSet<>();
    Set<String> program = programLiterals(original, fieldConstants);
    Set<String> literals = new HashSet<>();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(decompiled)) {
      sources = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
    for (Path source : sources) {
      literals(Files.readString(source, StandardCharsets.UTF_8), literals);
    }
    int visible = 0;
    int visibleConstants = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(list, StandardCharsets.UTF_8))) {
      for (String text : program) {
        boolean shown = literals.contains(text);
        visible += shown ? 1 : 0;
        visibleConstants += shown && fieldConstants.contains(text) ? 1 : 0;
        out.println((shown ? "visible\t" : "hidden\t") + escape(text));
      }
    }
    System.out.println(visible + "\t" + program.size() + "\t" + visibleConstants);
  }

  /**
   * The program's string literals of {@value #MIN_LENGTH} or more characters: its classes' {@code ldc} operands and
   * {@code ConstantValue} attributes, distinct, less the names of enum constants in their enum's static initializer
   * (a decompiler writes those back as the constants' identifiers, not as text) and the operands of synthetic
   * methods (the compiler's, not the programmer's). Those that are a field's constant
   * value go into {@code fieldConstants} too.
   */
  public static Set<String> programLiterals(Path original, Set<String> fieldConstants) throws IOException {
    Set<String> program = new TreeSet<>();
    for (byte[] data : classFiles(original)) {
      ClassNode node = read(data);
      for (FieldNode field : node.fields) {
        if (field.value instanceof String text && text.length() >= MIN_LENGTH) {
          program.add(text);
          fieldConstants.add(text);
        }
      }
      Set<String> constants = new HashSet<>();
      if ((node.access & Opcodes.ACC_ENUM) != 0) {
        node.fields.stream().filter(field -> (field.access & Opcodes.ACC_ENUM) != 0).forEach(field -> constants.add(field.name));
      }
      for (MethodNode method : node.methods) {
        boolean enumInit = method.name.equals("<clinit>") && !constants.isEmpty();
        if ((method.access & Opcodes.ACC_SYNTHETIC) != 0) {
          // javac's own ($deserializeLambda$ names descriptors and classes), which no decompiler shows
          continue;
        }
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text && text.length() >= MIN_LENGTH
              && !(enumInit && constants.contains(text))) {
            program.add(text);
          }
        }
      }
    }
    return program;
  }

  /** Adds the string literals of one Java source file, unescaped. */
  public static void literals(String source, Set<String> into) {
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        end = end < 0 ? n : end;
        quotedOnLines(source.substring(i + 2, end), into);
        i = end;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end;
        quotedOnLines(source.substring(i + 2, end), into);
        i = end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        // a text block: its content up to the closing delimiter, with the escapes resolved (the
        // decompilers met so far write none; kept simple: no indentation stripping)
        int start = source.indexOf('\n', i) + 1;
        int end = source.indexOf("\"\"\"", Math.max(start, i + 3));
        end = end < 0 ? n : end;
        into.add(unescape(source.substring(start, end)));
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int end = closing(source, i + 1, c);
        if (c == '"') {
          into.add(unescape(source.substring(i + 1, end)));
        }
        i = end + 1;
      } else {
        i++;
      }
    }
  }

  /** In comment text, each line's "..." spans, as a decompiler quotes constants in a bytecode dump. */
  private static void quotedOnLines(String comment, Set<String> into) {
    for (String line : comment.split("\n", -1)) {
      int i = line.indexOf('"');
      while (i >= 0 && i + 1 < line.length()) {
        int end = closing(line, i + 1, '"');
        if (end >= line.length()) {
          break;
        }
        into.add(unescape(line.substring(i + 1, end)));
        i = line.indexOf('"', end + 1);
      }
    }
  }

  /** The index of the quote closing a literal whose content starts at {@code from}, or the length. */
  private static int closing(String text, int from, char quote) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return text.length();
  }

  static String unescape(String body) {
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i++);
      if (c != '\\' || i >= body.length()) {
        out.append(c);
        continue;
      }
      char e = body.charAt(i++);
      switch (e) {
        case 'b' -> out.append('\b');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'f' -> out.append('\f');
        case 'r' -> out.append('\r');
        case 's' -> out.append(' ');
        case 'u' -> {
          while (i < body.length() && body.charAt(i) == 'u') {
            i++;
          }
          if (i + 4 <= body.length()) {
            out.append((char) Integer.parseInt(body.substring(i, i + 4), 16));
            i += 4;
          }
        }
        default -> {
          if (e >= '0' && e <= '7') {
            // octal: up to three digits, the first of three at most 3
            int value = e - '0';
            int max = e <= '3' ? 2 : 1;
            while (max-- > 0 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
              value = value * 8 + body.charAt(i++) - '0';
            }
            out.append((char) value);
          } else {
            out.append(e);
          }
        }
      }
    }
    return out.toString();
  }

  /** A literal as one line of the list: Java escapes for what would break the line. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) || (c >= 0x7f && c < 0xa0)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  public static ClassNode read(byte[] data) {
    ClassNode node = new ClassNode();
    new ClassReader(data).accept(node, ClassReader.SKIP_FRAMES);
    return node;
  }

  /** Every class file of the jar, {@code META-INF/versions/} ones included. */
  public static List<byte[]> classFiles(Path jar) throws IOException {
    List<byte[]> classes = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
          try (InputStream in = zip.getInputStream(entry)) {
            classes.add(in.readAllBytes());
          }
        }
      }
    }
    return classes;
  }
}
