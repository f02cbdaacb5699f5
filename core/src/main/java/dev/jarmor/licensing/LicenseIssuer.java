package dev.jarmor.licensing;

import dev.jarmor.JarmorException;
import dev.jarmor.runtime.ContentKeys;
import dev.jarmor.runtime.LicenseTerms;
import dev.jarmor.runtime.LicenseText;
import dev.jarmor.runtime.MachineIdentifiers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes and signs a licence: its fields one {@code name: value} line each, in a fixed order, the vendor's content
 * key wrapped for each way the licence can be met ({@link ContentKeys}), then the {@code signature} line, as
 * {@link LicenseText} reads them. A value that the protected program would not read the
 * way the vendor meant (a date that is no date, an identifier of no kind {@code jarmor license machine} prints, a
 * line break) is refused here, before a customer sees it.
 */
public final class LicenseIssuer {

  /** The first line of every licence, naming its format. */
  public static final String FORMAT = "format: jarmor-license 1";
  private static final Pattern DATA_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern DAYS = Pattern.compile("\\d{1,6}");

  private final Clock clock;

  /** @param clock today, for {@code issued} and an expiry given in days */
  public LicenseIssuer(Clock clock) {
    this.clock = clock;
  }

  /** The licence's text, signed with {@code key}. */
  public String issue(LicenseRequest request, PrivateKey key) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    StringBuilder text = new StringBuilder("# A license for a program protected by jarmor: change any line and it no longer holds.\n");
    text.append(FORMAT).append('\n');
    field(text, LicenseTerms.PRODUCT, request.product());
    field(text, LicenseTerms.HOLDER, request.holder());
    field(text, "issued", today.toString());
    field(text, LicenseTerms.NOT_BEFORE, moment(LicenseTerms.NOT_BEFORE, request.notBefore()));
    String expires = request.expires();
    if (expires != null && DAYS.matcher(expires).matches()) {
      expires = today.plusDays(Long.parseLong(expires)).toString();
    }
    field(text, LicenseTerms.EXPIRES, moment(LicenseTerms.EXPIRES, expires));
    if (request.notBefore() != null && expires != null
        && LicenseTerms.instant(expires, 1) <= LicenseTerms.instant(request.notBefore(), 0)) {
      throw JarmorException.usage("--expires " + expires + " is not after --not-before " + request.notBefore());
    }
    if (request.period() != null) {
      try {
        LicenseTerms.duration(request.period());
      } catch (RuntimeException e) {
        throw JarmorException.usage("--period takes <n>s, <n>m, <n>h or <n>d, not '" + request.period() + "'");
      }
      field(text, LicenseTerms.PERIOD, request.period());
    }
    for (String binding : request.bindings()) {
      int colon = binding.indexOf(':');
      if (colon <= 0 || !MachineIdentifiers.KINDS.contains(binding.substring(0, colon))
          || binding.length() == colon + 1) {
        throw JarmorException.usage("--bind takes <kind>:<value> with a kind of " + String.join(", ",
            MachineIdentifiers.KINDS) + " (as 'jarmor license machine' prints them), not '" + binding + "'");
      }
      field(text, LicenseTerms.BIND, binding);
    }
    if (request.bindAny()) {
      if (request.bindings().size() < 2) {
        throw JarmorException.usage("--bind-any needs two or more --bind");
      }
      field(text, LicenseTerms.BIND_ANY, "true");
    }
    for (String source : request.timeSources()) {
      if (!source.startsWith("http://") && !source.startsWith("https://") && !source.startsWith("ntp:")) {
        throw JarmorException.usage("--time-source takes an http(s) URL or ntp:<host>[:<port>], not '" + source + "'");
      }
      field(text, LicenseTerms.TIME_SOURCE, source);
    }
    if (request.refuseLocalClock()) {
      if (request.timeSources().isEmpty()) {
        throw JarmorException.usage("--refuse-local-clock needs a --time-source");
      }
      field(text, LicenseTerms.TIME_FALLBACK, "refuse");
    }
    for (Map.Entry<String, String> entry : request.data().entrySet()) {
      if (!DATA_NAME.matcher(entry.getKey()).matches()) {
        throw JarmorException.usage("--data takes <name>=<value>, a name of letters, digits, '.', '_' and '-', not '"
            + entry.getKey() + "'");
      }
      field(text, LicenseTerms.DATA + entry.getKey(), entry.getValue());
    }
    byte[] contentKey = VendorKeys.contentKey(key);
    for (List<String> identifiers : ContentKeys.wrapSets(request.bindings(), request.bindAny())) {
      try {
        field(text, LicenseTerms.CONTENT_KEY, ContentKeys.wrap(contentKey, identifiers));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("this JDK cannot wrap a key with AES-GCM", e);
      }
    }
    return text + LicenseText.SIGNATURE + ": " + Base64.getEncoder().encodeToString(VendorKeys.sign(text.toString().getBytes(StandardCharsets.UTF_8), key)) + "\n";
  }

  private static String moment(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      LicenseTerms.instant(value, 0);
      return value;
    } catch (RuntimeException e) {
      throw JarmorException.usage("--" + field + " takes a date (2027-12-31), an instant (2027-12-31T12:00:00Z)"
          + (field.equals(LicenseTerms.EXPIRES) ? " or a number of days" : "") + ", not '" + value + "'");
    }
  }

  private static void field(StringBuilder text, String name, String value) {
    if (value == null) {
      return;
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty() || trimmed.indexOf('\n') >= 0 || trimmed.indexOf('\r') >= 0) {
      throw JarmorException.usage("a license's " + name + " must be one non-empty line, not '" + value + "'");
    }
    text.append(name).append(": ").append(trimmed).append('\n');
  }
}
