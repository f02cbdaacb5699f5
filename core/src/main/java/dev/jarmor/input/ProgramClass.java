package dev.jarmor.input;

import org.objectweb.asm.tree.ClassNode;

/**
 * One class file of the program, parsed once as an ASM tree.
 *
 * @param node the parsed class; passes treat it as read-only and produce new trees
 * @param release 0 for a base class, N for the variant under {@code META-INF/versions/N/}
 * @param origin the input and entry it was read from, for messages
 * @param container "" for the program's own classes, or the nested jar it is written back to
 *     ({@code --program-lib})
 */
public record ProgramClass(ClassNode node, int release, String origin, String container) {

  /** The internal name ({@code com/acme/Foo}). */
  public String name() {
    return node.name;
  }

  /** The entry path this class is written to, relative to its class root or nested jar. */
  public String entryPath() {
    return entryPath(node.name, release);
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
