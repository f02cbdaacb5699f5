package dev.jarmor.license;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

/**
 * The licence of a program protected with {@code jarmor protect --license}: what it grants, as the vendor issued it.
 * A program compiles against this class; in the protected jar, jarmor binds it to the licence check it weaves in,
 * so that each method checks the licence first and then answers from it. Unprotected (while the vendor develops and
 * tests), there is no licence: every method answers null or nothing.
 */
public final class License {

  private License() {}

  /** Whom the licence is issued to ({@code license issue --holder}), or null. */
  public static String holder() {
    return null;
  }

  /** The product it is for ({@code --product}), or null. */
  public static String product() {
    return null;
  }

  /** The last day (UTC) it is valid on ({@code --expires}), or null if it does not expire. */
  public static LocalDate expires() {
    return null;
  }

  /** A value the vendor added with {@code --data <name>=<value>}, or null. */
  public static String data(String name) {
    return null;
  }

  /** Every value the vendor added, by name. */
  public static Map<String, String> data() {
    return Collections.emptyMap();
  }
}
