package dev.jarmor.input;

import org.objectweb.asm.tree.ClassNode;

/**
 * One class file of the program, parsed once as an ASM tree.
 *
 * @param node the parsed class; passes treat it as read-only and produce new trees
 * @param release 0 for a base class, N for the variant under {@code META-INF/versions/N/}
 * @param origin the input and entry it was read from, for messages
 */
public record ProgramClass(ClassNode node, int release, String origin) {

  /** The internal name ({@code com/acme/Foo}). */
  public String name() {
    return node.name;
  }

  /** The entry path this class is written to. */
  public String entryPath() {
    return entryPath(node.name, release);
  }

  /** The entry path of a class of the given internal name and release. */
  public static String entryPath(String internalName, int release) {
    String path = internalName + ".class";
    return release == 0 ? path : MultiRelease.PREFIX + release + "/" + path;
  }

  /** A copy with another tree, same release and origin. */
  public ProgramClass with(ClassNode newNode) {
    return new ProgramClass(newNode, release, origin);
  }
}
