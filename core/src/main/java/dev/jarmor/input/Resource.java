package dev.jarmor.input;

/**
 * A non-class entry of the program (data file, service file, text), carried to the output.
 *
 * @param path its path relative to the class root, as {@code ClassLoader.getResource} names it
 * @param container "" for the program's own resources, or the nested jar it belongs to ({@code --program-lib})
 */
public record Resource(String path, byte[] data, String container) {

  /** How the program's resources are keyed: the path, after its nested jar's path and "!/" if it has one. */
  public static String key(String container, String path) {
    return container.isEmpty() ? path : container + "!/" + path;
  }

  /** This resource's key in {@link Program#resources()}. */
  public String key() {
    return key(container, path);
  }
}
