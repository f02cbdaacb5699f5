package dev.jarmor.input;

/** Where multi-release jars keep their per-release variants (JEP 238). */
final class MultiRelease {

  static final String PREFIX = "META-INF/versions/";

  private MultiRelease() {}

  /** The release of a versioned entry path, or 0 if the path is not under META-INF/versions/N/. */
  static int release(String path) {
    if (!path.startsWith(PREFIX)) {
      return 0;
    }
    int slash = path.indexOf('/', PREFIX.length());
    if (slash < 0) {
      return 0;
    }
    try {
      int release = Integer.parseInt(path.substring(PREFIX.length(), slash));
      return release >= 9 ? release : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The path without its {@code META-INF/versions/N/} prefix. */
  static String basePath(String path) {
    int release = release(path);
    return release == 0 ? path : path.substring(PREFIX.length() + String.valueOf(release).length() + 1);
  }
}
