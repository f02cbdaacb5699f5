package dev.jarmor.license;

/**
 * A failed licence check, thrown instead of exiting where the vendor protected the program with
 * {@code --on-license-error throw}. Its message is the line the check would have printed; {@link #code} is the
 * failure's stable number (1 missing, 2 unreadable, 3 not signed by the vendor, 4 expired, 5 not yet valid, 6 not
 * for this machine, 7 clock set back, 8 another product's, 9 no time source answered).
 */
public class LicenseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int code;

  public LicenseException(int code, String message) {
    super(message);
    this.code = code;
  }

  /** The failure's stable number. */
  public int code() {
    return code;
  }
}
