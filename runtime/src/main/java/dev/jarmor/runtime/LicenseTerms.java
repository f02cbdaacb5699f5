package dev.jarmor.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a licence's fields grant, read from its text: the time it is valid in, how often a running program checks
 * it again, the machines it binds to and the product it is for. Dates are UTC: {@code expires: 2027-12-31} is
 * valid through that day; an instant ({@code 2027-12-31T12:00:00Z}) ends at that instant.
 */
public final class LicenseTerms {

  public static final String PRODUCT = "product";
  public static final String HOLDER = "holder";
  public static final String NOT_BEFORE = "not-before";
  public static final String EXPIRES = "expires";
  public static final String PERIOD = "period";
  public static final String BIND = "bind";
  public static final String BIND_ANY = "bind-any";
  public static final String TIME_SOURCE = "time-source";
  public static final String TIME_FALLBACK = "time-fallback";
  public static final String DATA = "data.";
  public static final String CONTENT_KEY = "content-key";

  private final LicenseText text;

  LicenseTerms(LicenseText text) {
    this.text = text;
  }

  LicenseText text() {
    return text;
  }

  /** The first instant the licence is no longer valid at, or {@link Long#MAX_VALUE}. */
  long expiresAt() {
    String expires = text.value(EXPIRES);
    return expires == null ? Long.MAX_VALUE : instant(expires, 1);
  }

  /** The first instant it is valid at, or {@link Long#MIN_VALUE}. */
  long validFrom() {
    String notBefore = text.value(NOT_BEFORE);
    return notBefore == null ? Long.MIN_VALUE : instant(notBefore, 0);
  }

  /** How often a running program checks again, in milliseconds; 0 if the licence does not say. */
  long periodMillis() {
    String period = text.value(PERIOD);
    return period == null ? 0 : duration(period);
  }

  /** The time sources to ask, in order. */
  List<String> timeSources() {
    return text.values(TIME_SOURCE);
  }

  /** Whether the local clock serves when no time source answers. */
  boolean localClockAllowed() {
    return !"refuse".equals(text.value(TIME_FALLBACK));
  }

  /** The kinds of identifier the licence binds to. */
  Set<String> boundKinds() {
    Set<String> kinds = new HashSet<String>();
    for (String identifier : text.values(BIND)) {
      kinds.add(identifier.substring(0, Math.max(0, identifier.indexOf(':'))));
    }
    return kinds;
  }

  /** The bound identifiers this machine lacks: all of them must be here, or with {@code bind-any} one. */
  List<String> unmatched(Collection<String> machine) {
    List<String> bound = text.values(BIND);
    List<String> unmatched = new ArrayList<String>();
    for (String identifier : bound) {
      if (!machine.contains(identifier)) {
        unmatched.add(identifier);
      }
    }
    boolean any = "true".equals(text.value(BIND_ANY));
    return any && unmatched.size() < bound.size() ? new ArrayList<String>() : unmatched;
  }

  /**
   * The key of the program's encrypted code, unwrapped with this machine's identifiers; null if no
   * {@code content-key} line of the licence unwraps with them.
   */
  byte[] contentKey(Collection<String> machine) {
    List<String> wrapped = text.values(CONTENT_KEY);
    List<List<String>> sets = ContentKeys.wrapSets(text.values(BIND), "true".equals(text.value(BIND_ANY)));
    for (int i = 0; i < Math.min(wrapped.size(), sets.size()); i++) {
      if (machine.containsAll(sets.get(i))) {
        byte[] key = ContentKeys.unwrap(wrapped.get(i), sets.get(i));
        if (key != null) {
          return key;
        }
      }
    }
    return null;
  }

  /** A date's or instant's milliseconds; a date plus {@code days}, so that an expiry date is valid through its day. */
  public static long instant(String value, int days) {
    if (value.indexOf('T') >= 0) {
      return Instant.parse(value).toEpochMilli();
    }
    return LocalDate.parse(value).plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** {@code <n>s}, {@code <n>m}, {@code <n>h} or {@code <n>d} in milliseconds. */
  public static long duration(String value) {
    long unit;
    switch (value.charAt(value.length() - 1)) {
      case 's': unit = 1000L; break;
      case 'm': unit = 60 * 1000L; break;
      case 'h': unit = 60 * 60 * 1000L; break;
      case 'd': unit = 24 * 60 * 60 * 1000L; break;
      default: throw new IllegalArgumentException("'" + value + "' is not <n>s, <n>m, <n>h or <n>d");
    }
    long n = Long.parseLong(value.substring(0, value.length() - 1));
    if (n <= 0) {
      throw new IllegalArgumentException("'" + value + "' is not a positive duration");
    }
    return n * unit;
  }
}
