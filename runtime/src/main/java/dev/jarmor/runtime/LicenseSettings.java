package dev.jarmor.runtime;

/**
 * What the vendor told {@code jarmor protect --license}: each value starts as a marker that jarmor replaces, in
 * the copy it weaves into the program, with the vendor's choice. The calls keep javac from folding the markers
 * into the classes that read them.
 */
public final class LicenseSettings {

  /** The marker of each setting is {@code MARKER + <setting> + MARKER}. */
  public static final String MARKER = "@jarmor-license@";

  /** The vendor's public key, X.509 in base64. */
  static final String KEY = String.valueOf("@jarmor-license@key@jarmor-license@");
  /** The name a customer sees: in the lookup names ({@code <name>.lic}) and every message. */
  static final String NAME = String.valueOf("@jarmor-license@name@jarmor-license@");
  /** The product a licence must name, or empty when any will do. */
  static final String PRODUCT = String.valueOf("@jarmor-license@product@jarmor-license@");
  /** {@code exit} or {@code throw}: what a failed check does. */
  static final String ON_ERROR = String.valueOf("@jarmor-license@on-error@jarmor-license@");

  private LicenseSettings() {}
}
