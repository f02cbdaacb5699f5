package dev.jarmor.runtime;

/**
 * A failed licence check, thrown where the vendor chose {@code --on-license-error throw}. Code that compiles against
 * the licence API catches it as {@code dev.jarmor.license.LicenseException}: jarmor binds that name to this class.
 */
public class LicenseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int code;

  public LicenseException(int code, String message) {
    super(message);
    this.code = code;
  }

  /** The failure's stable number, as {@code jarmor}'s README lists them. */
  public int code() {
    return code;
  }
}
