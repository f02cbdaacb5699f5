package dev.jarmor.input;

import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** Recognises jar signature files and removes the per-entry digests a signer leaves in the manifest. */
final class SignatureFiles {

  private SignatureFiles() {}

  static boolean isSignatureFile(String path) {
    if (!path.startsWith("META-INF/") || path.indexOf('/', "META-INF/".length()) >= 0) {
      return false;
    }
    String upper = path.substring("META-INF/".length()).toUpperCase(Locale.ROOT);
    return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
        || upper.endsWith(".EC") || upper.startsWith("SIG-");
  }

  /** Drops digest attributes of every entry section; sections left empty are removed. */
  static void stripDigests(Manifest manifest) {
    var sections = manifest.getEntries();
    for (var it = sections.entrySet().iterator(); it.hasNext(); ) {
      Attributes attributes = it.next().getValue();
      attributes.keySet().removeIf(key -> key.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
      if (attributes.isEmpty()) {
        it.remove();
      }
    }
  }
}
