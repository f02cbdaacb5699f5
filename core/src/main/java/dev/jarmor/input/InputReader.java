package dev.jarmor.input;

import dev.jarmor.JarmorException;
import dev.jarmor.JarmorListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * Reads the program's jars and class folders into a {@link Program}, rejecting anything a JVM or a
 * careful user would not accept: not a zip, truncated, corrupt class files, duplicate entries, entry
 * paths that escape the output, class files newer than ASM reads, a class stored where the JVM would not
 * load it (the input named one folder too high), an input with no class at all.
 */
public final class InputReader {

  private static final String MODULE_INFO = "module-info";

  /** The newest class-file major version this build of ASM reads. */
  public static final int MAX_MAJOR = maxSupportedMajor();

  private final JarmorListener listener;
  private final TreeMap<String, ProgramClass> classes = new TreeMap<>();
  private final TreeMap<String, ProgramClass> versioned = new TreeMap<>();
  private final TreeMap<String, Resource> resources = new TreeMap<>();
  private final TreeMap<String, byte[]> digestInput = new TreeMap<>();
  private Manifest manifest;
  private boolean mergedModules;

  public InputReader(JarmorListener listener) {
    this.listener = listener;
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
        readJar(input);
      } else {
        throw JarmorException.input("input not found", input.toString());
      }
    }
    if (classes.isEmpty() && versioned.isEmpty()) {
      throw JarmorException.input("no class file in the input: nothing to protect",
          String.join(", ", inputs.stream().map(Path::toString).toList()));
    }
    List<ProgramClass> variants = new ArrayList<>(versioned.values());
    variants.sort((a, b) -> a.release() != b.release()
        ? Integer.compare(a.release(), b.release()) : a.name().compareTo(b.name()));
    return new Program(classes, variants, resources, manifest, digest());
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
        entries.add(new RawEntry(dir.toString(), path, Files.readAllBytes(file)));
      } catch (IOException e) {
        throw JarmorException.unreadable("file", file, e);
      }
    }
    addAll(entries);
  }

  private void readJar(Path jar) {
    String where = jar.toString();
    if (!looksLikeZip(jar)) {
      throw JarmorException.input("not a jar or zip file", where);
    }
    boolean signed = false;
    List<RawEntry> raw = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          checkPath(entry.getName(), where);
          continue;
        }
        String name = entry.getName();
        if (SignatureFiles.isSignatureFile(name)) {
          checkPath(name, where);
          signed = true;
          continue;
        }
        byte[] data;
        try (InputStream in = zip.getInputStream(entry)) {
          data = in.readAllBytes();
        }
        raw.add(new RawEntry(where, name, data));
      }
    } catch (ZipException e) {
      throw JarmorException.input("corrupt or truncated jar: " + e.getMessage(), where, e);
    } catch (IOException e) {
      throw JarmorException.input("cannot read jar: " + e.getMessage(), where, e);
    }
    addAll(raw);
    if (signed) {
      listener.warning("signature files of " + where + " dropped: protection changes the signed classes, sign the output again");
      if (manifest != null) {
        SignatureFiles.stripDigests(manifest);
      }
    }
  }

  private static boolean looksLikeZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K';
    } catch (IOException e) {
      throw JarmorException.unreadable("input", file, e);
    }
  }

  /** An entry as read, before it is checked and parsed. */
  private record RawEntry(String input, String path, byte[] data) {
    String where() {
      return input + "!/" + path;
    }

    boolean isClass() {
      return path.endsWith(".class") && !path.endsWith("/.class");
    }
  }

  /** A parsed class or the failure to parse it; parsing runs in parallel, failures are reported in entry order. */
  private record Parsed(ClassNode node, JarmorException failure) {}

  private void addAll(List<RawEntry> entries) {
    Set<String> seen = new HashSet<>();
    for (RawEntry entry : entries) {
      checkPath(entry.path(), entry.input());
      if (!seen.add(entry.path())) {
        throw JarmorException.input("duplicate entry " + entry.path(), entry.input());
      }
    }
    List<Parsed> parsed = entries.parallelStream().map(entry -> {
      if (!entry.isClass()) {
        return null;
      }
      try {
        return new Parsed(parseClass(entry.data(), entry.where()), null);
      } catch (JarmorException e) {
        return new Parsed(null, e);
      }
    }).toList();
    for (int i = 0; i < entries.size(); i++) {
      Parsed p = parsed.get(i);
      if (p != null && p.failure() != null) {
        throw p.failure();
      }
      addEntry(entries.get(i), p == null ? null : p.node());
    }
  }

  private void addEntry(RawEntry entry, ClassNode node) {
    String path = entry.path();
    byte[] data = entry.data();
    String where = entry.where();
    if (path.equals(JarFile.MANIFEST_NAME)) {
      if (manifest == null) {
        manifest = readManifest(data, where);
        digestInput.put(path, data);
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
        target.put(key, new ProgramClass(node, release, where));
        digestInput.put(path, data);
        return;
      }
      throw misplaced(node.name, path, entry.input());
    }
    if (resources.containsKey(path)) {
      listener.warning("resource " + path + " appears in more than one input; the first is kept (" + where + ")");
      return;
    }
    resources.put(path, new Resource(path, data));
    digestInput.put(path, data);
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

  private static ClassNode parseClass(byte[] data, String where) {
    if (data.length < 10 || ByteBuffer.wrap(data).getInt() != 0xCAFEBABE) {
      throw JarmorException.input("not a class file (bad magic number)", where);
    }
    int major = ((data[6] & 0xFF) << 8) | (data[7] & 0xFF);
    if (major > MAX_MAJOR) {
      throw JarmorException.input("class file version " + major + " is newer than the newest supported ("
          + MAX_MAJOR + ", Java " + (MAX_MAJOR - 44) + ")", where);
    }
    try {
      ClassNode node = new ClassNode();
      new ClassReader(data).accept(node, 0);
      return node;
    } catch (RuntimeException e) {
      throw JarmorException.input("corrupt class file: " + e, where, e);
    }
  }

  /** A seed, not a security digest: two fast checksums over every entry's path and content. */
  private long digest() {
    CRC32C high = new CRC32C();
    CRC32 low = new CRC32();
    digestInput.forEach((path, data) -> {
      byte[] name = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      high.update(name);
      high.update(data);
      low.update(data);
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
