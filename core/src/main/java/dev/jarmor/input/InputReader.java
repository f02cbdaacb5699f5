package dev.jarmor.input;

import dev.jarmor.JarmorException;
import dev.jarmor.JarmorListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * Reads the program's jars and class folders into a {@link Program}, rejecting anything a JVM or a
 * careful user would not accept: not a zip, truncated, corrupt class files, duplicate entries, entry
 * paths that escape the output, class files newer than ASM reads, a class stored where the JVM would not
 * load it (the input named one folder too high), an input with no class at all.
 *
 * <p>A Spring Boot executable jar or a WAR ({@link LayoutDetector}) is read by its {@link Layout}: the
 * classes and resources of its class root are the program, read relative to that root; the nested jars
 * that {@code --program-lib} names join the program, each entry with its jar as container; everything
 * else, the other nested jars first, is carried to the output as it was.
 */
public final class InputReader {

  private static final String MODULE_INFO = "module-info";

  /** The newest class-file major version this build of ASM reads. */
  public static final int MAX_MAJOR = maxSupportedMajor();

  private final JarmorListener listener;
  private final TreeMap<String, ProgramClass> classes = new TreeMap<>();
  private final TreeMap<String, ProgramClass> versioned = new TreeMap<>();
  private final TreeMap<String, Resource> resources = new TreeMap<>();
  /** Each entry's checksum by its whole path in the input, for the default seed. */
  private final TreeMap<String, Long> digestInput = new TreeMap<>();
  private final ProgramLibPatterns programLibs;
  private final BinaryOperator<Resource> merge;
  /** The texts of the classes read, each once: the trees of a large program hold them many times otherwise. */
  private final SharedStrings strings = new SharedStrings();
  private Manifest manifest;
  private Layout layout = Layout.PLAIN;
  private boolean mergedModules;

  /**
   * @param programLibs the {@code --program-lib} patterns: nested jars protected with the program
   * @param merge one resource for two of one path from two inputs, or null when they do not merge (the first is
   *     kept, with a warning): the installed languages' ({@code Languages.merge})
   */
  public InputReader(JarmorListener listener, List<String> programLibs, BinaryOperator<Resource> merge) {
    this.listener = listener;
    this.programLibs = new ProgramLibPatterns(programLibs);
    this.merge = merge;
  }

  /** Reads all inputs, in order, into one program. */
  public Program read(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw JarmorException.usage("no input given");
    }
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        readDirectory(input);
      } else if (Files.isRegularFile(input)) {
        readJar(input, inputs.size());
      } else {
        throw JarmorException.input("input not found", input.toString());
      }
    }
    String all = String.join(", ", inputs.stream().map(Path::toString).toList());
    if (!programLibs.isEmpty() && layout.kind() == Layout.Kind.JAR) {
      throw JarmorException.usage("--program-lib names nested jars of a Spring Boot jar or a WAR, and " + all
          + " is neither");
    }
    if (classes.isEmpty() && versioned.isEmpty()) {
      throw JarmorException.input(layout.kind() == Layout.Kind.JAR ? "no class file in the input: nothing to protect"
          : "no class file in " + layout.classRoot() + " of this " + layout.kind().description()
              + ": nothing to protect (a nested jar of your own is protected with --program-lib <pattern>)", all);
    }
    List<ProgramClass> variants = new ArrayList<>(versioned.values());
    variants.sort((a, b) -> a.release() != b.release()
        ? Integer.compare(a.release(), b.release()) : a.name().compareTo(b.name()));
    return new Program(classes, variants, resources, manifest, layout, digest());
  }

  private void readDirectory(Path dir) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw JarmorException.unreadable("folder", dir, e);
    }
    List<RawEntry> entries = new ArrayList<>();
    for (Path file : files) {
      String path = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      try {
        entries.add(new RawEntry(dir.toString(), "", "", path, EntryContent.of(Files.readAllBytes(file))));
      } catch (IOException e) {
        throw JarmorException.unreadable("file", file, e);
      }
    }
    addAll(entries);
  }

  private void readJar(Path jar, int inputCount) {
    String where = jar.toString();
    if (!looksLikeZip(jar)) {
      throw JarmorException.input("not a jar or zip file", where);
    }
    List<ZipItem> items = items(readZip(jar, where), where);
    Layout.Kind kind = LayoutDetector.detect(archiveManifest(items, where + "!/" + JarFile.MANIFEST_NAME),
        items.stream().map(ZipItem::path).toList());
    if (kind == Layout.Kind.JAR) {
      readArchive(where, "", items);
      return;
    }
    if (inputCount > 1) {
      throw JarmorException.usage("a " + kind.description() + " is protected on its own, not merged with other"
          + " inputs: give " + where + " as the only input (and its other jars as --lib)");
    }
    readLayout(kind, where, items);
  }

  /**
   * The input jar, held whole: every entry the program keeps is a range of it ({@link EntryContent}), so holding it
   * costs its size, once.
   */
  private static ZipDirectory readZip(Path jar, String where) {
    try {
      if (Files.size(jar) > Integer.MAX_VALUE - 8) {
        throw JarmorException.input("jar larger than 2 GiB: not supported", where);
      }
      return ZipDirectory.of(Files.readAllBytes(jar));
    } catch (ZipException e) {
      throw JarmorException.input("corrupt or truncated jar: " + e.getMessage(), where, e);
    } catch (IOException e) {
      throw JarmorException.input("cannot read jar: " + e.getMessage(), where, e);
    }
  }

  /** The entries of a zip that are not folders, each path checked, in path order. */
  private static List<ZipItem> items(ZipDirectory zip, String where) {
    if (!zip.duplicates().isEmpty()) {
      throw JarmorException.input("duplicate entry " + zip.duplicates().first(), where);
    }
    List<ZipItem> items = new ArrayList<>();
    for (String name : zip.names()) {
      checkPath(name, where);
      if (!name.endsWith("/")) {
        items.add(new ZipItem(name, zip.entry(name)));
      }
    }
    return items;
  }

  /** An entry of a zip as read: its path and content, not yet checked. */
  private record ZipItem(String path, EntryContent content) {}

  private static Manifest archiveManifest(List<ZipItem> items, String where) {
    return items.stream().filter(item -> item.path().equals(JarFile.MANIFEST_NAME)).findFirst()
        .map(item -> readManifest(verified(item.content(), where), where)).orElse(null);
  }

  /** An entry's content, checked: a damaged entry is the input's fault. */
  private static byte[] verified(EntryContent content, String where) {
    try {
      return content.verified();
    } catch (ZipException e) {
      throw JarmorException.input("corrupt entry: " + e.getMessage(), where, e);
    }
  }

  /**
   * The entries of a jar (an input, or a nested jar protected with the program) read as the program's
   * classes and resources of {@code container} ("" for the program's own).
   */
  private void readArchive(String input, String container, List<ZipItem> items) {
    String prefix = container.isEmpty() ? "" : container + "!/";
    List<ZipItem> unsigned = items.stream().filter(item -> !SignatureFiles.isSignatureFile(item.path())).toList();
    addAll(unsigned.stream().map(item -> new RawEntry(input, container, prefix, item.path(), item.content())).toList());
    if (unsigned.size() < items.size()) {
      signaturesDropped(input, container);
    }
  }

  /** Protection changes what a signature signs: its files go, and so do the digests the signer left in the manifest. */
  private void signaturesDropped(String input, String container) {
    listener.warning("signature files of " + input + (container.isEmpty() ? "" : "!/" + container)
        + " dropped: protection changes the signed classes, sign the output again");
    if (container.isEmpty()) {
      if (manifest != null) {
        SignatureFiles.stripDigests(manifest);
      }
      return;
    }
    String key = Resource.key(container, JarFile.MANIFEST_NAME);
    Resource nested = resources.get(key);
    if (nested != null) {
      Manifest stripped = readManifest(nested.data(), input + "!/" + key);
      SignatureFiles.stripDigests(stripped);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        stripped.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      resources.put(key, new Resource(JarFile.MANIFEST_NAME, out.toByteArray(), container));
    }
  }

  /**
   * A Spring Boot jar or WAR: its class root is the program, the nested jars {@code --program-lib} names
   * join it, everything else is carried as it was, the other nested jars read as libraries.
   */
  private void readLayout(Layout.Kind kind, String where, List<ZipItem> items) {
    String root = kind.classRoot();
    boolean signed = false;
    List<RawEntry> program = new ArrayList<>();
    TreeMap<String, ArchiveEntry> carried = new TreeMap<>();
    List<String> nested = new ArrayList<>();
    List<String> libraries = new ArrayList<>();
    List<ZipItem> programJars = new ArrayList<>();
    for (ZipItem item : items) {
      String path = item.path();
      if (SignatureFiles.isSignatureFile(path)) {
        signed = true;
      } else if (path.equals(JarFile.MANIFEST_NAME)) {
        program.add(new RawEntry(where, "", "", path, item.content()));
      } else if (path.startsWith(root)) {
        program.add(new RawEntry(where, "", root, path.substring(root.length()), item.content()));
      } else if (kind.isLibraryJar(path) && programLibs.matches(path)) {
        nested.add(path);
        programJars.add(item);
      } else {
        if (kind.isLibraryJar(path)) {
          nested.add(path);
          libraries.add(path);
        }
        verified(item.content(), where + "!/" + path);
        carried.put(path, new ArchiveEntry(path, item.content()));
        digestInput.put(path, checksum(item.content()));
      }
    }
    programLibs.checkEachMatches(nested, kind, where);
    addAll(program);
    if (signed) {
      signaturesDropped(where, "");
    }
    for (ZipItem jar : programJars) {
      readArchive(where, jar.path(), readNested(jar, where));
    }
    layout = new Layout(kind, carried, libraries,
        programJars.stream().map(jar -> new ArchiveEntry(jar.path(), jar.content())).toList());
  }

  /** The entries of a nested jar, read in place when it is stored. */
  private static List<ZipItem> readNested(ZipItem jar, String input) {
    String where = input + "!/" + jar.path();
    List<ZipItem> items;
    try {
      items = items(jar.content().asZip(), where);
    } catch (ZipException e) {
      throw JarmorException.input("corrupt or truncated nested jar: " + e.getMessage(), where, e);
    }
    if (items.isEmpty()) {
      throw JarmorException.input("not a jar, or an empty one", where);
    }
    return items;
  }

  private static boolean looksLikeZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K';
    } catch (IOException e) {
      throw JarmorException.unreadable("input", file, e);
    }
  }

  /**
   * An entry as read, before it is checked and parsed.
   *
   * @param container "" for the program's own entries, or the nested jar that holds it
   * @param prefix what stands before {@code path} in the input: the class root, or the nested jar and "!/"
   * @param path the path relative to the class root, as the class loader sees it
   */
  private record RawEntry(String input, String container, String prefix, String path, EntryContent content) {
    String where() {
      return input + "!/" + prefix + path;
    }

    /** Where in the input the path is relative to, for messages: the input itself or a folder or jar inside it. */
    String root() {
      return prefix.isEmpty() ? input : input + "!/" + prefix;
    }

    boolean isClass() {
      return path.endsWith(".class") && !path.endsWith("/.class");
    }
  }

  /**
   * An entry checked, and parsed if a class, or the failure to do so; this runs in parallel, failures are reported in
   * entry order.
   */
  private record Parsed(ClassNode node, JarmorException failure) {}

  private void addAll(List<RawEntry> entries) {
    Set<String> seen = new HashSet<>();
    for (RawEntry entry : entries) {
      checkPath(entry.path(), entry.root());
      if (!seen.add(entry.path())) {
        throw JarmorException.input("duplicate entry " + entry.path(), entry.root());
      }
    }
    List<Parsed> parsed = entries.parallelStream().map(entry -> {
      try {
        byte[] data = verified(entry.content(), entry.where());
        return new Parsed(entry.isClass() ? parseClass(data, entry.where()) : null, null);
      } catch (JarmorException e) {
        return new Parsed(null, e);
      }
    }).toList();
    for (int i = 0; i < entries.size(); i++) {
      Parsed p = parsed.get(i);
      if (p.failure() != null) {
        throw p.failure();
      }
      addEntry(entries.get(i), p.node());
    }
  }

  private void addEntry(RawEntry entry, ClassNode node) {
    String path = entry.path();
    EntryContent content = entry.content();
    String where = entry.where();
    // the digest's key is the whole path in the input: a nested jar's entries may share paths with the program's
    String inputPath = entry.prefix() + path;
    if (path.equals(JarFile.MANIFEST_NAME) && entry.prefix().isEmpty()) {
      if (manifest == null) {
        manifest = readManifest(content.bytes(), where);
        digestInput.put(inputPath, checksum(content));
      }
      return;
    }
    if (node != null) {
      int release = MultiRelease.release(path);
      String expected = MultiRelease.basePath(path);
      if (expected.equals(node.name + ".class")) {
        TreeMap<String, ProgramClass> target = release == 0 ? classes : versioned;
        String key = release == 0 ? node.name : release + "/" + node.name;
        if (node.name.equals(MODULE_INFO) && (mergedModules || target.containsKey(key))) {
          dropModuleDescriptors(entry.input());
          return;
        }
        if (target.containsKey(key)) {
          throw JarmorException.input("duplicate class " + node.name.replace('/', '.'), where);
        }
        target.put(key, ProgramClass.read(content, node, release, where, entry.container()));
        digestInput.put(inputPath, checksum(content));
        return;
      }
      throw misplaced(node.name, path, entry.root());
    }
    String key = Resource.key(entry.container(), path);
    Resource first = resources.get(key);
    if (first != null) {
      Resource merged = merge.apply(first, new Resource(path, content, entry.container()));
      if (merged != null) {
        resources.put(key, merged);
      } else {
        listener.warning("resource " + path + " appears in more than one input; the first is kept, " + where
            + " left out");
      }
      return;
    }
    resources.put(key, new Resource(path, content, entry.container()));
    digestInput.put(inputPath, checksum(content));
  }

  /**
   * Several inputs are modules: one jar cannot hold several module descriptors, and any one of them
   * would describe only part of the merged output, so the output is not a module at all.
   */
  private void dropModuleDescriptors(String input) {
    if (!mergedModules) {
      mergedModules = true;
      listener.warning("several inputs are modules (" + input + " is the second): their module-info.class files are"
          + " dropped and the merged output is not a module");
    }
    classes.remove(MODULE_INFO);
    versioned.keySet().removeIf(k -> k.endsWith("/" + MODULE_INFO));
    digestInput.keySet().removeIf(p -> p.endsWith(MODULE_INFO + ".class"));
  }

  /**
   * A class whose entry path does not spell its name: the JVM never loads it from there, so the input is
   * most likely given one level too high (a folder above the class root, a jar that nests its classes).
   */
  private static JarmorException misplaced(String name, String path, String input) {
    String className = name.replace('/', '.');
    String suffix = "/" + name + ".class";
    if (path.endsWith(suffix)) {
      String root = path.substring(0, path.length() - suffix.length());
      boolean folder = Files.isDirectory(Path.of(input));
      return JarmorException.input("class " + className + " is stored under " + root + "/, not at the top of the input"
          + (folder ? ": its class root is " + Path.of(input).resolve(root) + ", give that as the input"
              : ": the jar nests its classes under " + root + "/, which the JVM does not load from"), input);
    }
    return JarmorException.input("class file " + path + " declares class " + className
        + ", which the JVM never loads from there", input);
  }

  private static void checkPath(String path, String where) {
    boolean unsafe = path.startsWith("/") || path.contains("\\") || path.contains("\0")
        || (path.length() > 1 && path.charAt(1) == ':');
    for (String segment : path.split("/")) {
      unsafe |= segment.equals("..");
    }
    if (unsafe) {
      throw JarmorException.input("unsafe entry path " + path, where);
    }
  }

  private static Manifest readManifest(byte[] data, String where) {
    try {
      return new Manifest(new ByteArrayInputStream(data));
    } catch (IOException | RuntimeException e) {
      throw JarmorException.input("unreadable manifest: " + e.getMessage(), where, e);
    }
  }

  private ClassNode parseClass(byte[] data, String where) {
    if (data.length < 10 || ByteBuffer.wrap(data).getInt() != 0xCAFEBABE) {
      throw JarmorException.input("not a class file (bad magic number)", where);
    }
    int major = ((data[6] & 0xFF) << 8) | (data[7] & 0xFF);
    if (major > MAX_MAJOR) {
      throw JarmorException.input("class file version " + major + " is newer than the newest supported ("
          + MAX_MAJOR + ", Java " + (MAX_MAJOR - 44) + ")", where);
    }
    try {
      return ProgramClass.parse(strings.reader(data));
    } catch (RuntimeException e) {
      throw JarmorException.input("corrupt class file: " + e, where, e);
    }
  }

  /** An entry's checksum for the seed: its CRC-32, checked when read, and its size. */
  private static long checksum(EntryContent content) {
    return (long) content.crc() << 32 | content.size();
  }

  /** A seed, not a security digest: two fast checksums over every entry's path and checksum, in path order. */
  private long digest() {
    CRC32C high = new CRC32C();
    CRC32 low = new CRC32();
    ByteBuffer sum = ByteBuffer.allocate(Long.BYTES);
    digestInput.forEach((path, checksum) -> {
      byte[] name = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      sum.putLong(0, checksum);
      high.update(name);
      high.update(sum.array());
      low.update(sum.array());
      low.update(name);
    });
    return high.getValue() << 32 | low.getValue();
  }

  private static int maxSupportedMajor() {
    int max = Opcodes.V1_8 & 0xFFFF;
    for (int major = max + 1; major < max + 64; major++) {
      byte[] probe = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, (byte) (major >> 8), (byte) major};
      try {
        new ClassReader(probe, 0, probe.length);
        max = major;
      } catch (IllegalArgumentException e) {
        break;
      } catch (RuntimeException e) {
        max = major;
      }
    }
    return max;
  }
}
