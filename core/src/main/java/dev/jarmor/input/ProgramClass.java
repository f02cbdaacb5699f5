package dev.jarmor.input;

import java.lang.ref.SoftReference;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.tree.ClassNode;

/**
 * One class file of the program as an ASM tree.
 *
 * <p>A class read from the input also keeps its class file, as the input stored it (compressed in a jar): once the analysis is done ({@link #holdTreeSoftly}),
 * its tree is the JVM's to drop when memory runs short, and is parsed again from the class file when asked for. A
 * tree is several times the size of its class file, and after the analysis only the first pass and, when one fails,
 * verification read the input's trees: the passes' own trees and the output need the memory more.
 */
public final class ProgramClass {

  private final String name;
  private final int release;
  private final String origin;
  private final String container;
  /** The class file as read, or null for a class a pass made (its tree is all there is). */
  private final EntryContent classFile;
  /** The tree, held strongly; null once held softly. */
  private volatile ClassNode tree;
  private volatile SoftReference<ClassNode> softTree;

  /**
   * A class with its tree only, as a pass makes it.
   *
   * @param node the parsed class; passes treat it as read-only and produce new trees
   * @param release 0 for a base class, N for the variant under {@code META-INF/versions/N/}
   * @param origin the input and entry it was read from, for messages
   * @param container "" for the program's own classes, or the nested jar it is written back to
   *     ({@code --program-lib})
   */
  public ProgramClass(ClassNode node, int release, String origin, String container) {
    this(node, null, release, origin, container);
  }

  private ProgramClass(ClassNode node, EntryContent classFile, int release, String origin, String container) {
    this.name = node.name;
    this.tree = node;
    this.classFile = classFile;
    this.release = release;
    this.origin = origin;
    this.container = container;
  }

  /** A class read from the input: {@code node} is {@code classFile} parsed by {@link #parse}. */
  static ProgramClass read(EntryContent classFile, ClassNode node, int release, String origin, String container) {
    return new ProgramClass(node, classFile, release, origin, container);
  }

  /** The class file parsed as every reader of the program sees it: with debug information and frames. */
  static ClassNode parse(byte[] classFile) {
    return parse(new ClassReader(classFile));
  }

  /** The class {@code reader} reads, parsed as {@link #parse(byte[])} does. */
  static ClassNode parse(ClassReader reader) {
    ClassNode node = new ClassNode();
    reader.accept(node, 0);
    return node;
  }

  /** The parsed class; passes treat it as read-only and produce new trees. */
  public ClassNode node() {
    ClassNode strong = tree;
    if (strong != null) {
      return strong;
    }
    ClassNode held = softTree.get();
    if (held != null) {
      return held;
    }
    synchronized (this) {
      held = softTree.get();
      if (held == null) {
        held = parse(classFile.bytes());
        softTree = new SoftReference<>(held);
      }
      return held;
    }
  }

  /**
   * Makes {@code visitor} visit the class: from its tree while one is held, else straight from its class file,
   * without parsing a tree that would only be walked once (renaming reads every input class once, as the first
   * thing after the analysis let go of the trees).
   */
  public void accept(ClassVisitor visitor) {
    ClassNode strong = tree;
    SoftReference<ClassNode> soft = softTree;
    ClassNode held = strong != null ? strong : soft != null ? soft.get() : null;
    if (held != null) {
      held.accept(visitor);
    } else {
      new ClassReader(classFile.bytes()).accept(visitor, 0);
    }
  }

  /**
   * Whether the class was read from the input, whose trees no pass may change: a pass rewrites a copy
   * ({@code PassContext.writable}).
   */
  public boolean readFromInput() {
    return classFile != null;
  }

  /**
   * From now on the tree of a class read from the input may be dropped when memory runs short, and parsed again
   * from its class file; a class a pass made keeps its tree.
   */
  void holdTreeSoftly() {
    ClassNode strong = tree;
    if (classFile != null && strong != null) {
      softTree = new SoftReference<>(strong);
      tree = null;
    }
  }

  /** 0 for a base class, N for the variant under {@code META-INF/versions/N/}. */
  public int release() {
    return release;
  }

  /** The input and entry it was read from, for messages. */
  public String origin() {
    return origin;
  }

  /** "" for the program's own classes, or the nested jar it is written back to ({@code --program-lib}). */
  public String container() {
    return container;
  }

  /** The internal name ({@code com/acme/Foo}). */
  public String name() {
    return name;
  }

  /** The entry path this class is written to, relative to its class root or nested jar. */
  public String entryPath() {
    return entryPath(name, release);
  }

  /** The entry path of a class of the given internal name and release. */
  public static String entryPath(String internalName, int release) {
    String path = internalName + ".class";
    return release == 0 ? path : MultiRelease.PREFIX + release + "/" + path;
  }

  /** A copy with another tree, same release, origin and container. */
  public ProgramClass with(ClassNode newNode) {
    return new ProgramClass(newNode, release, origin, container);
  }
}
