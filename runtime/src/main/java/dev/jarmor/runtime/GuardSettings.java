package dev.jarmor.runtime;

/**
 * What the vendor told {@code jarmor protect --guard}: each value starts as a marker that jarmor replaces, in the copy
 * it weaves into the program, with the vendor's choice, as {@link LicenseSettings}' are.
 */
public final class GuardSettings {

  /** The marker of each setting is {@code MARKER + <setting> + MARKER}. */
  public static final String MARKER = "@jarmor-guard@";

  /** The guards, comma-separated: {@code debugger}, {@code agents}, {@code tamper}. */
  static final String GUARDS = String.valueOf("@jarmor-guard@guards@jarmor-guard@");
  /** The agents the vendor allows, comma-separated globs over an agent's jar or library file name. */
  static final String ALLOWED_AGENTS = String.valueOf("@jarmor-guard@allowed-agents@jarmor-guard@");
  /** {@code exit}, {@code throw} or {@code callback}: what a guard that trips does. */
  static final String ON_GUARD = String.valueOf("@jarmor-guard@on-guard@jarmor-guard@");
  /** The tamper guard's {@link ClassFileSeal}: a resource beside the guard's class, by its name there. */
  static final String SEAL = String.valueOf("@jarmor-guard@seal@jarmor-guard@");
  /** The vendor's public key the seal is signed with, X.509 in base64, or empty where it is not signed. */
  static final String SEAL_KEY = String.valueOf("@jarmor-guard@seal-key@jarmor-guard@");
  /** The name a customer sees in the guards' messages. */
  static final String NAME = String.valueOf("@jarmor-guard@name@jarmor-guard@");

  private GuardSettings() {}

  /**
   * The vendor's callback ({@code --on-guard <class>.<method>}): jarmor rewrites this body into a call of that
   * static method, taking the guard's line, so that the program's own code decides.
   */
  static void callback(String line) {
    throw new SecurityException(line);
  }
}
