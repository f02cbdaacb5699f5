package dev.jarmor.input;

/**
 * A non-class entry of the program (data file, service file, text), carried to the output.
 *
 * @param path its path relative to the class root, as {@code ClassLoader.getResource} names it
 * @param content its content, held as the input stored it until a pass changes it
 * @param container "" for the program's own resources, or the nested jar it belongs to ({@code --program-lib})
 */
public record Resource(String path, EntryContent content, String container) {

  /** A resource of the given content, as a pass makes it. */
  public Resource(String path, byte[] data, String container) {
    this(path, EntryContent.of(data), container);
  }

  /** How the program's resources are keyed: the path, after its nested jar's path and "!/" if it has one. */
  public static String key(String container, String path) {
    return container.isEmpty() ? path : container + "!/" + path;
  }

  /** This resource's key in {@link Program#resources()}. */
  public String key() {
    return key(container, path);
  }

  /** The content, inflated when held compressed: read it once per use, not once per line. */
  public byte[] data() {
    return content.bytes();
  }
}
