package dev.jarmor.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the licence grants, as the program reads it through the licence API: jarmor binds
 * {@code dev.jarmor.license.License} to this class, so its public methods are that class's, one for one. Each
 * checks the licence first.
 */
public final class LicenseValues {

  private LicenseValues() {}

  /** Whom the licence is issued to. */
  public static String holder() {
    return LicenseGuard.terms().text().value(LicenseTerms.HOLDER);
  }

  /** The product it is for, or null. */
  public static String product() {
    return LicenseGuard.terms().text().value(LicenseTerms.PRODUCT);
  }

  /** The last day (UTC) it is valid on, or null if it does not expire. */
  public static LocalDate expires() {
    long end = LicenseGuard.terms().expiresAt();
    return end == Long.MAX_VALUE ? null
        : Instant.ofEpochMilli(end - 1).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** A value the vendor added with {@code --data <name>=<value>}, or null. */
  public static String data(String name) {
    return LicenseGuard.terms().text().value(LicenseTerms.DATA + name);
  }

  /** Every value the vendor added, by name. */
  public static Map<String, String> data() {
    Map<String, String> data = new TreeMap<String, String>();
    for (Map.Entry<String, List<String>> field : LicenseGuard.terms().text().fields().entrySet()) {
      if (field.getKey().startsWith(LicenseTerms.DATA)) {
        data.put(field.getKey().substring(LicenseTerms.DATA.length()), field.getValue().get(0));
      }
    }
    return Collections.unmodifiableMap(data);
  }
}
