package dev.jarmor.licensing;

import dev.jarmor.JarmorException;
import dev.jarmor.runtime.LicenseText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/** A licence file as the vendor's tools read it: its text and whether a public key's owner signed it. */
public final class LicenseFile {

  private LicenseFile() {}

  /** The licence in {@code file}; one line (exit 3) if it cannot be read or is no licence. */
  public static LicenseText read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw JarmorException.unreadable("license", file, e);
    }
    try {
      return LicenseText.parse(text);
    } catch (IllegalArgumentException e) {
      throw JarmorException.input("not a license: " + e.getMessage(), file.toString());
    }
  }

  /** Whether the owner of {@code publicKey} (X.509 in base64, {@link VendorKeys#readPublic}) signed {@code license}. */
  public static boolean signedBy(LicenseText license, String publicKey) {
    try {
      return license.signedBy(LicenseText.publicKey(publicKey));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
