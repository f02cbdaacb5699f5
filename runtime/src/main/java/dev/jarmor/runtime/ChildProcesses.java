package dev.jarmor.runtime;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Points the processes a protected program starts at its licence: jarmor routes the program's
 * {@code ProcessBuilder.start()} and {@code Runtime.exec} calls through here, which set {@code <NAME>_LICENSE} to the
 * licence in use unless the program set it already, so a child JVM of the same program finds the licence wherever
 * the parent found it (a system property, say, which a child does not inherit).
 */
public final class ChildProcesses {

  private ChildProcesses() {}

  /** {@code builder.start()}, with the licence named in its environment. */
  public static Process start(ProcessBuilder builder) throws IOException {
    File license = LicenseGuard.file();
    if (license != null) {
      Map<String, String> environment = builder.environment();
      String variable = variable();
      if (!environment.containsKey(variable)) {
        environment.put(variable, license.getAbsolutePath());
      }
    }
    return builder.start();
  }

  /** {@code runtime.exec(command)}. */
  public static Process exec(Runtime runtime, String command) throws IOException {
    return runtime.exec(command, environment(null));
  }

  /** {@code runtime.exec(command)}. */
  public static Process exec(Runtime runtime, String[] command) throws IOException {
    return runtime.exec(command, environment(null));
  }

  /** {@code runtime.exec(command, environment)}. */
  public static Process exec(Runtime runtime, String command, String[] environment) throws IOException {
    return runtime.exec(command, environment(environment));
  }

  /** {@code runtime.exec(command, environment)}. */
  public static Process exec(Runtime runtime, String[] command, String[] environment) throws IOException {
    return runtime.exec(command, environment(environment));
  }

  /** {@code runtime.exec(command, environment, directory)}. */
  public static Process exec(Runtime runtime, String command, String[] environment, File directory)
      throws IOException {
    return runtime.exec(command, environment(environment), directory);
  }

  /** {@code runtime.exec(command, environment, directory)}. */
  public static Process exec(Runtime runtime, String[] command, String[] environment, File directory)
      throws IOException {
    return runtime.exec(command, environment(environment), directory);
  }

  /**
   * The environment to start a child with: null (inherit this one) unless a licence is in use and the variable is
   * not set, then this one's or the given one's plus the variable.
   */
  private static String[] environment(String[] given) {
    File license = LicenseGuard.file();
    String variable = variable();
    if (license == null) {
      return given;
    }
    List<String> entries = new ArrayList<String>();
    if (given == null) {
      if (System.getenv(variable) != null) {
        return null;
      }
      for (Map.Entry<String, String> entry : System.getenv().entrySet()) {
        entries.add(entry.getKey() + "=" + entry.getValue());
      }
    } else {
      for (String entry : given) {
        if (entry.startsWith(variable + "=")) {
          return given;
        }
        entries.add(entry);
      }
    }
    entries.add(variable + "=" + license.getAbsolutePath());
    return entries.toArray(new String[0]);
  }

  private static String variable() {
    return new LicenseLocator(LicenseSettings.NAME).environmentVariable();
  }
}
