package dev.jarmor.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.JarmorException;
import dev.jarmor.runtime.ContentKeys;
import dev.jarmor.runtime.LicenseTerms;
import dev.jarmor.runtime.LicenseText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing a licence, reading it back, and the values the issuer refuses before a customer sees them. */
class LicenseIssuerTest {

  private static final LicenseIssuer ISSUER =
      new LicenseIssuer(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

  @TempDir static Path keys;
  private static PrivateKey key;
  private static String publicKey;

  @BeforeAll
  static void keys() {
    Path file = keys.resolve("vendor.key");
    VendorKeys.generate(file);
    key = VendorKeys.readPrivate(file);
    publicKey = VendorKeys.readPublic(keys.resolve("vendor.pub"));
  }

  @Test
  void carriesTheContentKeyWrappedForEachWayTheLicenceCanBeMet() {
    byte[] contentKey = VendorKeys.contentKey(key);
    String all = ISSUER.issue(request(List.of("host:build-7", "mac:00:11:22:33:44:55"), false), key);
    List<String> wrapped = LicenseText.parse(all).values(LicenseTerms.CONTENT_KEY);
    assertThat(wrapped).hasSize(1);
    assertThat(ContentKeys.unwrap(wrapped.get(0), List.of("host:build-7", "mac:00:11:22:33:44:55")))
        .isEqualTo(contentKey);
    assertThat(ContentKeys.unwrap(wrapped.get(0), List.of("host:build-7"))).as("one of two").isNull();
    assertThat(ContentKeys.unwrap(wrapped.get(0), List.of("host:build-8", "mac:00:11:22:33:44:55"))).isNull();

    String any = ISSUER.issue(request(List.of("host:build-7", "mac:00:11:22:33:44:55"), true), key);
    List<String> eachOne = LicenseText.parse(any).values(LicenseTerms.CONTENT_KEY);
    assertThat(eachOne).hasSize(2);
    assertThat(ContentKeys.unwrap(eachOne.get(0), List.of("host:build-7"))).isEqualTo(contentKey);
    assertThat(ContentKeys.unwrap(eachOne.get(1), List.of("mac:00:11:22:33:44:55"))).isEqualTo(contentKey);
    assertThat(ContentKeys.unwrap(eachOne.get(1), List.of("host:build-7"))).isNull();

    String unbound = ISSUER.issue(request(List.of(), false), key);
    assertThat(ContentKeys.unwrap(LicenseText.parse(unbound).value(LicenseTerms.CONTENT_KEY), List.of()))
        .isEqualTo(contentKey);
    assertThat(ISSUER.issue(request(List.of(), false), key)).as("the same bytes again").isEqualTo(unbound);
    assertThat(unbound).as("the key itself nowhere").doesNotContain(
        java.util.Base64.getEncoder().encodeToString(contentKey));
  }

  private static LicenseRequest request(List<String> bindings, boolean any) {
    return new LicenseRequest("ledger", "ACME Corp", null, null, null, bindings, any, List.of(), false,
        new TreeMap<>());
  }

  @Test
  void writesEachFieldAsALineAndSignsTheWhole() {
    String text = ISSUER.issue(new LicenseRequest("ledger", "ACME Corp", "2026-12-10", "30", "1h",
        List.of("host:build-7", "mac:00:11:22:33:44:55"), true, List.of("https://time.acme.com"), true,
        new TreeMap<>(Map.of("seats", "10", "edition", "pro"))), key);
    assertThat(text).startsWith("# A license").contains("""
        format: jarmor-license 1
        product: ledger
        holder: ACME Corp
        issued: 2026-12-07
        not-before: 2026-12-10
        expires: 2027-01-06
        period: 1h
        bind: host:build-7
        bind: mac:00:11:22:33:44:55
        bind-any: true
        time-source: https://time.acme.com
        time-fallback: refuse
        data.edition: pro
        data.seats: 10
        content-key: """);
    LicenseText license = LicenseText.parse(text);
    assertThat(LicenseFile.signedBy(license, publicKey)).isTrue();
    assertThat(license.values("bind")).containsExactly("host:build-7", "mac:00:11:22:33:44:55");
    assertThat(LicenseFile.signedBy(LicenseText.parse(text.replace("seats: 10", "seats: 11")), publicKey)).isFalse();
    assertThat(LicenseFile.signedBy(LicenseText.parse(text.replace("\n", "\r\n")), publicKey))
        .as("line ends as Windows writes them").isTrue();
    assertThat(LicenseFile.signedBy(LicenseText.parse(text.replace("# A license", "# a license")), publicKey))
        .as("comments are signed too").isFalse();
  }

  @Test
  void refusesWhatTheProgramWouldReadOtherwiseThanMeant() {
    assertRefused(request("tomorrow", null, List.of(), false, Map.of()), "--expires takes a date");
    assertRefused(request("2026-12-01", "2026-12-05", List.of(), false, Map.of()),
        "--expires 2026-12-01 is not after --not-before 2026-12-05");
    assertRefused(request(null, null, List.of("serial:123"), false, Map.of()), "--bind takes <kind>:<value>");
    assertRefused(request(null, null, List.of("host:a"), true, Map.of()), "--bind-any needs two or more --bind");
    assertRefused(request(null, null, List.of(), false, Map.of("a b", "1")), "--data takes <name>=<value>");
    assertRefused(request(null, null, List.of(), false, Map.of("note", "two\nlines")), "must be one non-empty line");
    assertRefused(new LicenseRequest(null, null, null, null, "1w", List.of(), false, List.of(), false, new TreeMap<>()),
        "--period takes <n>s, <n>m, <n>h or <n>d, not '1w'");
    assertRefused(new LicenseRequest(null, null, null, null, null, List.of(), false, List.of(), true, new TreeMap<>()),
        "--refuse-local-clock needs a --time-source");
    assertRefused(new LicenseRequest(null, null, null, null, null, List.of(), false, List.of("ftp://x"), false,
        new TreeMap<>()), "--time-source takes an http(s) URL or ntp:<host>[:<port>]");
  }

  @Test
  void neverOverwritesAKey() throws Exception {
    Path file = keys.resolve("vendor.key");
    String before = Files.readString(file);
    assertThatThrownBy(() -> VendorKeys.generate(file)).isInstanceOf(JarmorException.class)
        .hasMessageContaining("exists; jarmor never overwrites a key");
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(before).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(Files.readString(keys.resolve("vendor.pub"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
  }

  @Test
  void readsNoLicenceFromTextThatIsNone() {
    assertThatThrownBy(() -> LicenseText.parse("holder: a\n")).hasMessage("it has no signature line");
    assertThatThrownBy(() -> LicenseText.parse("holder a\nsignature: AAAA\n")).hasMessage("line 1 is not 'name: value'");
    assertThatThrownBy(() -> LicenseText.parse("signature: AAAA\nholder: a\n")).hasMessage("line 2 follows the signature");
    assertThatThrownBy(() -> LicenseText.parse("signature: A*A\n")).hasMessage("the signature is not base64");
  }

  private static LicenseRequest request(String expires, String notBefore, List<String> bindings, boolean any,
      Map<String, String> data) {
    return new LicenseRequest(null, null, notBefore, expires, null, bindings, any, List.of(), false, new TreeMap<>(data));
  }

  private static void assertRefused(LicenseRequest request, String message) {
    assertThatThrownBy(() -> ISSUER.issue(request, key)).isInstanceOf(JarmorException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((JarmorException) e).kind()).isEqualTo(JarmorException.Kind.USAGE));
  }
}
