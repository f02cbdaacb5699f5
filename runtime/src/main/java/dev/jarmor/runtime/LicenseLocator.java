package dev.jarmor.runtime;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Where a protected program looks for its licence, in order: the system property {@code <name>.license}, the
 * environment variable {@code <NAME>_LICENSE}, {@code <name>.lic} beside the program's jar (or class folder), in the
 * working directory, and in {@code .<name>} in the user's home. The first place that names a file wins, whether
 * that file is readable or not: a licence the customer pointed at is never silently passed over for another.
 */
final class LicenseLocator {

  private final String name;

  LicenseLocator(String name) {
    this.name = name;
  }

  /** The environment variable that names the licence, also set for the program's child processes. */
  String environmentVariable() {
    StringBuilder variable = new StringBuilder();
    for (char c : name.toUpperCase(Locale.ROOT).toCharArray()) {
      variable.append(Character.isLetterOrDigit(c) ? c : '_');
    }
    return variable.append("_LICENSE").toString();
  }

  /** The licence file, or null; {@code looked} gets each place asked, in order, as the missing-licence message names them. */
  File find(List<String> looked) {
    String property = name + ".license";
    String named = System.getProperty(property);
    looked.add("-D" + property);
    if (named != null && !named.isEmpty()) {
      return new File(named);
    }
    String variable = environmentVariable();
    named = System.getenv(variable);
    looked.add("$" + variable);
    if (named != null && !named.isEmpty()) {
      return new File(named);
    }
    String fileName = name + ".lic";
    Set<File> candidates = new LinkedHashSet<File>();
    File programDirectory = programDirectory();
    if (programDirectory != null) {
      candidates.add(new File(programDirectory, fileName).getAbsoluteFile());
    }
    candidates.add(new File(System.getProperty("user.dir"), fileName).getAbsoluteFile());
    candidates.add(new File(new File(System.getProperty("user.home"), "." + name), fileName).getAbsoluteFile());
    for (File candidate : candidates) {
      looked.add(candidate.getPath());
      if (candidate.isFile()) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The folder holding the jar or class folder the program was loaded from: for a jar inside a jar (Spring Boot's
   * {@code nested:} and {@code jar:} URLs) the outermost one's.
   */
  private static File programDirectory() {
    try {
      CodeSource source = LicenseLocator.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null) {
        return null;
      }
      String text = location.toString();
      while (text.startsWith("jar:") || text.startsWith("nested:")) {
        text = text.substring(text.indexOf(':') + 1);
      }
      int nested = text.indexOf('!');
      if (nested >= 0) {
        text = text.substring(0, nested);
      }
      while (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
      File program = text.startsWith("file:") ? new File(new URI(text)) : new File(text);
      return program.isDirectory() ? program : program.getParentFile();
    } catch (Exception e) {
      // a location no file can be made of (a custom class loader's): the other places remain
      return null;
    }
  }
}
