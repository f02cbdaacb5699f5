package dev.jarmor.bench.strength;

import dev.jarmor.bench.LevelsCensus;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * bench/strength's counts: what an attacker recovers from a jar with a decompiler, by the yardstick of issue 20.
 *
 * <p>{@code StrengthCensus <vineflower|cfr|procyon> <original.jar> <jar> <decompiled-dir> <library-path>} reads
 * the decompiler's source of {@code jar} and prints one tab-separated line:
 *
 * <ol>
 *   <li>top-level classes of the jar (each with its nested, local and anonymous classes: one source file);
 *   <li>of them, those whose decompiled source recompiles with javac on its own, against the jar and its libraries,
 *       into the class (an attacker's usable source: each file alone, as one edits and rebuilds one class of a jar;
 *       a file of comments, as a decompiler crashing on the whole class may write, compiles into nothing), and of
 *       those, the ones with a method longer than 35 bytes (interfaces and annotations, which have no code,
 *       recompile whatever a protector does, and give little away);
 *   <li>methods with code (neither abstract nor native), and of them those longer than 35 bytes (the JIT's
 *       inlining limit: the methods where protection may cost and where it matters);
 *   <li>methods the decompiler gave up on or dumped as bytecode (its own markers, below);
 *   <li>unrecoverable methods, all and longer than 35 bytes: every method of a class whose source does not
 *       recompile, and in a class whose source does, as many as the decompiler marked as given up, each counted
 *       as long as long ones are left (a decompiler gives up on the long, branchy ones);
 *   <li>the original's string literals of 4 or more characters still a literal of the decompiled source, and
 *       how many there are ({@link LevelsCensus#programLiterals});
 *   <li>the names of the library and JDK methods the original calls (those no renaming changes) still called by
 *       name in the decompiled source, and how many there are.
 * </ol>
 *
 * <p>Beside the decompiled folder it writes {@code <folder>.classes.tsv}: per top-level class, whether the
 * decompiler wrote its source, whether it recompiles (and javac's first error if not), its methods, long methods
 * and given-up markers. Markers: Vineflower's {@code $VF: Couldn't be decompiled} (a method) and {@code $VF: Unable
 * to decompile class}; CFR's {@code This method has failed to decompile} and {@code Exception performing whole
 * class analysis}; Procyon's {@code This method could not be decompiled} and, from {@link ProcyonDriver},
 * {@link #PROCYON_CLASS_FAILED}.
 */
public final class StrengthCensus {

  /** What {@link ProcyonDriver} writes for a class Procyon threw on. */
  static final String PROCYON_CLASS_FAILED = "jarmor-bench: Procyon could not decompile this class";
  /** HotSpot's MaxInlineSize: methods up to this long are inlined into every caller. */
  private static final int SMALL = 35;
  private static final Pattern CALL = Pattern.compile("([\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)\\s*\\(");

  /** A decompiler's markers: of a method it gave up on, and of a class it gave up on. */
  private enum Decompiler {
    VINEFLOWER("\\$(VF|FF): Couldn.t be decompiled", "\\$(VF|FF): Unable to decompile class"),
    CFR("This method has failed to decompile", "Exception performing whole class analysis"),
    PROCYON("This method could not be decompiled", Pattern.quote(PROCYON_CLASS_FAILED));

    final Pattern method;
    final Pattern wholeClass;

    Decompiler(String method, String wholeClass) {
      this.method = Pattern.compile(method);
      this.wholeClass = Pattern.compile(wholeClass);
    }
  }

  /** One top-level class with what nests in it, as one source file holds it. */
  private static final class Group {
    final String name;
    int methods;
    int longMethods;
    String source;
    int markers;
    boolean classFailed;
    String compileError;

    Group(String name) {
      this.name = name;
    }

    boolean recompiles() {
      return source != null && !classFailed && compileError == null;
    }

    int unrecoverable() {
      return recompiles() ? Math.min(markers, methods) : methods;
    }

    int unrecoverableLong() {
      return recompiles() ? Math.min(markers, longMethods) : longMethods;
    }
  }

  private StrengthCensus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: StrengthCensus <vineflower|cfr|procyon> <original.jar> <jar> <decompiled-dir>"
          + " <library-path>");
      System.exit(2);
    }
    Decompiler decompiler = Decompiler.valueOf(args[0].toUpperCase(Locale.ROOT));
    Path original = Path.of(args[1]);
    Path jar = Path.of(args[2]);
    Path decompiled = Path.of(args[3]);
    List<File> libraries = new ArrayList<>();
    for (String library : args[4].split(File.pathSeparator)) {
      if (!library.isEmpty()) {
        libraries.add(new File(library));
      }
    }
    Map<String, Group> groups = groups(jar);
    StringBuilder allSource = new StringBuilder();
    for (Group group : groups.values()) {
      Path file = decompiled.resolve(group.name + ".java");
      if (Files.isRegularFile(file)) {
        group.source = Files.readString(file, StandardCharsets.UTF_8);
        group.markers = count(decompiler.method, group.source);
        group.classFailed = decompiler.wholeClass.matcher(group.source).find();
        allSource.append(group.source).append('\n');
      }
    }
    recompile(groups.values(), decompiled, jar, libraries);

    Set<String> literals = new HashSet<>();
    LevelsCensus.literals(allSource.toString(), literals);
    Set<String> programLiterals = LevelsCensus.programLiterals(original, new HashSet<>());
    long literalsVisible = programLiterals.stream().filter(literals::contains).count();
    Set<String> called = libraryCalls(original);
    Set<String> calledInSource = new HashSet<>();
    Matcher call = CALL.matcher(allSource);
    while (call.find()) {
      calledInSource.add(call.group(1));
    }
    long namesVisible = called.stream().filter(calledInSource::contains).count();

    int recompiled = 0;
    int recompiledWithCode = 0;
    int methods = 0;
    int longMethods = 0;
    int givenUp = 0;
    int unrecoverable = 0;
    int unrecoverableLong = 0;
    Path table = decompiled.resolveSibling(decompiled.getFileName() + ".classes.tsv");
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(table, StandardCharsets.UTF_8))) {
      out.println("class\tsource\trecompiles\tmethods\tlong_methods\tgiven_up\tfirst_error");
      for (Group group : groups.values()) {
        recompiled += group.recompiles() ? 1 : 0;
        recompiledWithCode += group.recompiles() && group.longMethods > 0 ? 1 : 0;
        methods += group.methods;
        longMethods += group.longMethods;
        givenUp += group.markers;
        unrecoverable += group.unrecoverable();
        unrecoverableLong += group.unrecoverableLong();
        out.println(group.name + "\t" + (group.source == null ? "none" : group.classFailed ? "given up" : "written")
            + "\t" + group.recompiles() + "\t" + group.methods + "\t" + group.longMethods + "\t" + group.markers + "\t"
            + (group.compileError == null ? "" : group.compileError));
      }
    }
    System.out.println(groups.size() + "\t" + recompiled + "\t" + recompiledWithCode + "\t" + methods + "\t" + longMethods + "\t" + givenUp + "\t"
        + unrecoverable + "\t" + unrecoverableLong + "\t" + literalsVisible + "\t" + programLiterals.size() + "\t"
        + namesVisible + "\t" + called.size());
  }

  /** Whether a class entry of the jar is a top-level class: the one a decompiler writes a source file for. */
  static boolean topLevel(JarFile jar, JarEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      return outer(LevelsCensus.read(in.readAllBytes())) == null;
    }
  }

  /** The class a class is nested in, local to or anonymous in, or null for a top-level class. */
  private static String outer(ClassNode node) {
    for (InnerClassNode inner : node.innerClasses) {
      if (inner.name.equals(node.name)) {
        return inner.outerName != null ? inner.outerName : node.outerClass != null ? node.outerClass
            : node.nestHostClass;
      }
    }
    return null;
  }

  /** The jar's top-level classes, by internal name, each counting its own methods and its nested classes'. */
  private static Map<String, Group> groups(Path jar) throws IOException {
    Map<String, ClassNode> classes = new TreeMap<>();
    for (byte[] data : LevelsCensus.classFiles(jar)) {
      ClassNode node = LevelsCensus.read(data);
      if (!node.name.equals("module-info")) {
        classes.put(node.name, node);
      }
    }
    Map<String, Group> groups = new TreeMap<>();
    ClassWriter probe = new ClassWriter(0);
    probe.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "Probe", null, "java/lang/Object", null);
    for (ClassNode node : classes.values()) {
      String top = node.name;
      Set<String> seen = new HashSet<>();
      for (String outer = outer(node); outer != null && classes.containsKey(outer) && seen.add(outer);
          outer = outer(classes.get(outer))) {
        top = outer;
      }
      Group group = groups.computeIfAbsent(top, Group::new);
      for (MethodNode method : node.methods) {
        if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
          group.methods++;
          group.longMethods += LevelsCensus.codeLength(method, probe) > SMALL ? 1 : 0;
        }
      }
    }
    return groups;
  }

  /** Compiles each group's source on its own against the jar and the libraries; records javac's first error. */
  private static void recompile(Iterable<Group> groups, Path decompiled, Path jar, List<File> libraries)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createTempDirectory("strength-classes");
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<File> classPath = new ArrayList<>();
      classPath.add(jar.toFile());
      classPath.addAll(libraries);
      files.setLocation(StandardLocation.CLASS_PATH, classPath);
      files.setLocation(StandardLocation.SOURCE_PATH, List.of());
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      // package-info.class even where no annotation calls for it: its written class file is what "recompiles" means
      List<String> options = List.of("-proc:none", "-nowarn", "-Xlint:none", "-implicit:none", "-Xmaxerrs", "1",
          "-Xpkginfo:always");
      for (Group group : groups) {
        if (group.source == null || group.classFailed) {
          continue;
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(decompiled.resolve(group.name + ".java"));
        boolean compiled;
        try {
          compiled = javac.getTask(null, files, diagnostics, options, null, units).call();
        } catch (RuntimeException | StackOverflowError e) {
          // javac crashing on a source is the source's failure to compile
          group.compileError = "javac: " + e;
          continue;
        }
        if (!compiled) {
          group.compileError = diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst()
              .map(d -> d.getMessage(Locale.ROOT).lines().findFirst().orElse("")).orElse("failed");
        } else if (!Files.isRegularFile(classes.resolve(group.name + ".class"))) {
          // a decompiler that crashes on a whole class may write only its package line and the trace as comments
          group.compileError = "declares no " + group.name;
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(classes)) {
        for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** The distinct names of the methods of other classes than the program's own that the program's code calls. */
  private static Set<String> libraryCalls(Path original) throws IOException {
    List<ClassNode> nodes = new ArrayList<>();
    Set<String> own = new HashSet<>();
    for (byte[] data : LevelsCensus.classFiles(original)) {
      ClassNode node = LevelsCensus.read(data);
      nodes.add(node);
      own.add(node.name);
    }
    Set<String> names = new TreeSet<>();
    for (ClassNode node : nodes) {
      for (MethodNode method : node.methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof MethodInsnNode call && !own.contains(call.owner) && !call.name.startsWith("<")) {
            names.add(call.name);
          }
        }
      }
    }
    return names;
  }

  private static int count(Pattern pattern, String text) {
    int count = 0;
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
