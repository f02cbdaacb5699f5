package dev.jarmor.runtime;

import static org.assertj.core.api.Assertions.assertThat;


import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.license.License;
import dev.jarmor.licensing.LicenseIssuer;
import dev.jarmor.licensing.LicenseRequest;
import dev.jarmor.licensing.VendorKeys;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A program protected with {@code --license} at levels 1 to 3, run in child JVMs against licences issued by the
 * vendor's tools: found in each place of the lookup chain, refused with its line and status for each failure, read
 * through the licence API, handed to child JVMs, re-checked while it runs, against a clock set back and against a
 * time source.
 */
class LicenseBehaviourTest {

  private static final String NAME = "acmeapp";
  private static final String PRODUCT = "ledger-pro";
  private static final String EXPIRES = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
  private static final String SHOWN = "holder ACME Corp, seats 10, expires " + EXPIRES + ", data {seats=10}";

  private static final String GERMAN = """
      line={0}: Lizenzfehler {1}: {2}
      error.4=die Lizenz {0} ist am {1} abgelaufen
      """;

  @TempDir static Path shared;
  private static Path vendorKey;
  private static Path otherKey;
  private static final Map<String, Path> JARS = new HashMap<>();

  @TempDir Path home;

  @BeforeAll
  static void protect() throws Exception {
    vendorKey = shared.resolve("vendor.key");
    VendorKeys.generate(vendorKey);
    otherKey = shared.resolve("other.key");
    VendorKeys.generate(otherKey);
    Path api = Path.of(License.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path classes = Compiler.compile(Programs.sources("licensed"), 8, shared.resolve("classes"), api.toString());
    Map<String, byte[]> entries = new TreeMap<>(Jars.entries(classes));
    entries.put(NAME + "-license-messages_de.properties", GERMAN.getBytes(StandardCharsets.ISO_8859_1));
    Path input = Jars.write(shared.resolve("licensed.jar"), entries, Jars.manifest("Main-Class", "app.Licensed"));
    for (int level = 1; level <= 3; level++) {
      JARS.put("exit" + level, protect(input, level, ProtectOptions.Licensing.OnError.EXIT));
    }
    JARS.put("throw2", protect(input, 2, ProtectOptions.Licensing.OnError.THROW));
    // the private key: the encrypted code's key is in each licence, the tamper guard's seal signed
    for (int level : new int[] {1, 3}) {
      JARS.put("encrypted" + level, protect(input, vendorKey, ProtectOptions.builder().level(level)
          .pass("encrypt", true).guarding(ProtectOptions.Guarding.of(List.of("tamper"), List.of(), "exit", NAME))));
    }
  }

  private static Path protect(Path input, int level, ProtectOptions.Licensing.OnError onError) throws IOException {
    return protect(input, VendorKeys.publicKeyFile(vendorKey), ProtectOptions.builder().level(level), onError);
  }

  private static Path protect(Path input, Path key, ProtectOptions.Builder options) throws IOException {
    return protect(input, key, options, ProtectOptions.Licensing.OnError.EXIT);
  }

  private static Path protect(Path input, Path key, ProtectOptions.Builder options,
      ProtectOptions.Licensing.OnError onError) throws IOException {
    Path out = Files.createTempFile(shared, "licensed", ".jar");
    Files.delete(out);
    Jarmor.protect(options.input(input).output(out).seed(11L)
        .licensing(new ProtectOptions.Licensing(key, NAME, PRODUCT, onError)).build(), JarmorListener.SILENT);
    return out;
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void runsWithALicenceFoundInEachPlaceAndPrintsNothingOfItsOwn(int level) throws Exception {
    Path license = issue(request());
    assertThat(run(level, List.of("-D" + NAME + ".license=" + license), Map.of()).succeeded())
        .as("system property").isEqualTo(SHOWN + "\n");
    assertThat(run(level, List.of(), Map.of("ACMEAPP_LICENSE", license.toString())).succeeded())
        .as("environment variable").isEqualTo(SHOWN + "\n");
    for (Path place : List.of(home.resolve("app"), home.resolve("work"), home.resolve("." + NAME))) {
      Files.createDirectories(place);
      Path copy = Files.copy(license, place.resolve(NAME + ".lic"));
      assertThat(run(level, List.of(), Map.of()).succeeded()).as("in " + place).isEqualTo(SHOWN + "\n");
      Files.delete(copy);
    }
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void refusesEachWrongLicenceWithItsLineAndStatus(int level) throws Exception {
    JavaRunner.Run missing = run(level, List.of(), Map.of());
    assertThat(missing.exitCode()).isEqualTo(LicenseGuard.EXIT_STATUS);
    assertThat(missing.output()).isEqualTo(NAME + " license error 1: no license found; looked for -D" + NAME
        + ".license, $ACMEAPP_LICENSE, " + home.resolve("app").resolve(NAME + ".lic") + ", "
        + home.resolve("work").resolve(NAME + ".lic") + ", " + home.resolve("." + NAME).resolve(NAME + ".lic") + "\n");

    Path good = issue(request());
    byte[] bytes = Files.readAllBytes(good);
    int seats = new String(bytes, StandardCharsets.UTF_8).indexOf("seats: 10") + "seats: 1".length();
    bytes[seats] = '9';
    Path changed = Files.write(home.resolve("changed.lic"), bytes);
    assertRefused(level, changed, 3, "the license " + changed + " is not signed by this program's vendor");
    assertRefused(level, issue(otherKey, request()), 3, "is not signed by this program's vendor");
    Files.writeString(home.resolve("garbage.lic"), "holder ACME\n");
    assertRefused(level, home.resolve("garbage.lic"), 2, "cannot read the license " + home.resolve("garbage.lic")
        + ": line 1 is not 'name: value'");
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    assertRefused(level, issue(request().expires(yesterday)), 4, "expired on " + yesterday);
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    assertRefused(level, issue(request().notBefore(tomorrow)), 5, "is valid from " + tomorrow);
    assertRefused(level, issue(request().bind("machine-id:0000", "host:not-this-one")), 6,
        "is not for this machine: machine-id:0000, host:not-this-one not found here");
    assertRefused(level, issue(request().product("another")), 8, "is for another, not " + PRODUCT);
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void runsOnTheMachinesItIsBoundTo(int level) throws Exception {
    List<String> here = MachineIdentifiers.all();
    assertThat(here).as("this machine has an identifier to bind to").isNotEmpty();
    Path all = issue(request().bind(here.toArray(new String[0])));
    assertThat(run(level, property(all), Map.of()).succeeded()).isEqualTo(SHOWN + "\n");
    Path any = issue(request().bind("machine-id:0000", here.get(0)).bindAny());
    assertThat(run(level, property(any), Map.of()).succeeded()).isEqualTo(SHOWN + "\n");
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void childJvmsFindTheLicenceTheirParentFound(int level) throws Exception {
    Path license = issue(request());
    for (String start : List.of("child", "exec")) {
      assertThat(run(level, property(license), Map.of(), start).succeeded()).as(start)
          .isEqualTo("child: " + SHOWN + " (exit 0)\n");
    }
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void aPeriodThatEndsWhileTheProgramRunsStopsIt(int level) throws Exception {
    Path license = issue(request().expires(Instant.now().plusSeconds(3).toString()).period("1s"));
    JavaRunner.Run run = run(level, property(license), Map.of(), "run", "30");
    assertThat(run.exitCode()).as(run.output()).isEqualTo(LicenseGuard.EXIT_STATUS);
    assertThat(run.output()).startsWith(NAME + " license error 4: the license " + license + " expired on ")
        .doesNotContain("finished");
  }

  @Test
  void speaksTheLanguageTheVendorShipsMessagesIn() throws Exception {
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    Path expired = issue(request().expires(yesterday));
    JavaRunner.Run german = run(3, List.of("-Duser.language=de", "-Duser.country=DE", "-D" + NAME + ".license="
        + expired), Map.of());
    assertThat(german.exitCode()).isEqualTo(LicenseGuard.EXIT_STATUS);
    assertThat(german.output()).isEqualTo(NAME + ": Lizenzfehler 4: die Lizenz " + expired + " ist am " + yesterday
        + " abgelaufen\n");
    JavaRunner.Run untranslated = run(3, List.of("-Duser.language=de", "-Duser.country=DE"), Map.of());
    assertThat(untranslated.output()).as("a message the vendor did not translate, in the vendor's line")
        .startsWith(NAME + ": Lizenzfehler 1: no license found; looked for");
  }

  @Test
  void sameInputAndSeedSameBytes() throws Exception {
    Path again = protect(shared.resolve("licensed.jar"), 3, ProtectOptions.Licensing.OnError.EXIT);
    assertThat(again).isNotEqualTo(JARS.get("exit3"));
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(JARS.get("exit3")));
  }

  @Test
  void throwsTheLicenceApisExceptionWhereTheVendorChoseSo() throws Exception {
    JavaRunner.Run missing = run("throw2", List.of(), Map.of());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.output()).contains(NAME + " license error 1: no license found");
    Path license = issue(request().expires(Instant.now().plusSeconds(3).toString()).period("1s"));
    assertThat(run("throw2", property(license), Map.of(), "catch", "30").succeeded())
        .startsWith("licensed to ACME Corp\n").contains("caught 4: " + NAME + " license error 4: the license ");
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void aClockSetBackAfterARunIsRefused(int level) throws Exception {
    Path license = issue(request());
    run(level, property(license), Map.of()).succeeded();
    Path record = home.resolve("." + NAME).resolve("license-time");
    assertThat(record).as("the run recorded the time it saw").exists();
    // a run two days from now, as if the clock had been set back since
    long later = System.currentTimeMillis() + Duration.ofDays(2).toMillis();
    new ClockRecord(record.getParent().toFile(), VendorKeys.readPublic(VendorKeys.publicKeyFile(vendorKey)))
        .saw(later, 0);
    assertRefused(level, license, 7, "the clock is set back: it says ");
    Files.writeString(record, later + " 0000\n");
    assertThat(run(level, property(license), Map.of()).succeeded()).as("a record that does not hold is no record")
        .isEqualTo(SHOWN + "\n");
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void aTimeSourceWinsOverTheLocalClock(int level) throws Exception {
    try (DateServer now = new DateServer(ZonedDateTime.now(ZoneOffset.UTC));
        DateServer future = new DateServer(ZonedDateTime.now(ZoneOffset.UTC).plusYears(1))) {
      assertThat(run(level, property(issue(request().timeSource(now.url()).refuseLocalClock())), Map.of()).succeeded())
          .isEqualTo(SHOWN + "\n");
      assertRefused(level, issue(request().timeSource(future.url())), 4, "expired on " + EXPIRES);
      String closed = DateServer.closedUrl();
      assertRefused(level, issue(request().timeSource(closed).timeSource(future.url())), 4, "expired on " + EXPIRES);
      assertRefused(level, issue(request().timeSource(closed).refuseLocalClock()), 9,
          "no time source answered (" + closed + ")");
    }
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 2, 3})
  void holdsNoPlaintextOfTheKeyTheLookupNamesOrTheMessagesFromLevel2(int level) throws Exception {
    String key = VendorKeys.readPublic(VendorKeys.publicKeyFile(vendorKey));
    List<String> secrets = List.of(key.substring(0, 40), key.substring(key.length() - 40), NAME, "_LICENSE", ".lic",
        "license error", "expired on", "not signed", "machine-id", "/etc/machine-id", "license-time", PRODUCT);
    String classes = String.join("\n", ClassFiles.of(JARS.get("exit" + level)).values().stream()
        .map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).toList());
    for (String secret : secrets) {
      if (level == 1) {
        assertThat(classes).as("level 1 encrypts no string").contains(secret);
      } else {
        assertThat(classes).as("no plaintext at level " + level).doesNotContain(secret);
      }
    }
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {1, 3})
  void encryptedCodeDecryptsOnlyWithTheKeyItsLicenceCarries(int level) throws Exception {
    String jar = "encrypted" + level;
    assertThat(run(jar, property(issue(request())), Map.of()).succeeded()).isEqualTo(SHOWN + "\n");
    List<String> here = MachineIdentifiers.all();
    Path any = issue(request().bind("machine-id:0000", here.get(0)).bindAny());
    assertThat(run(jar, property(any), Map.of()).succeeded()).as("unwrapped with this machine's identifier")
        .isEqualTo(SHOWN + "\n");
    // a licence as vendors issued them before: valid and signed, but with no key to the code
    String text = Files.readString(issue(request()));
    String unsigned = text.substring(0, text.indexOf("signature: ")).replaceAll("(?m)^content-key: .*\n", "");
    Path old = Files.writeString(home.resolve("old.lic"), unsigned + "signature: " + Base64.getEncoder()
        .encodeToString(VendorKeys.sign(unsigned.getBytes(StandardCharsets.UTF_8), VendorKeys.readPrivate(vendorKey)))
        + "\n");
    assertRefused(jar, old, 10, "holds no key to this program's encrypted code");
  }

  @Test
  void aTamperSealRemadeWithoutTheVendorsKeyIsRefused() throws Exception {
    Path license = issue(request());
    // the attacker's edit of the main class, and the seal's digest of it made again as jarmor makes it
    Path changed = Jars.rewrite(JARS.get("encrypted3"), Files.createTempFile(shared, "changed", ".jar"), entries -> {
      byte[] main = ClassFiles.withField(entries.get("app/Licensed.class"), "added");
      entries.put("app/Licensed.class", main);
      String seal = entries.keySet().stream().filter(name -> !name.endsWith(".class") && !name.endsWith(".properties"))
          .findFirst().orElseThrow();
      entries.put(seal, resealed(entries.get(seal), "app/Licensed", main));
    });
    JARS.put("resealed", changed);
    JavaRunner.Run run = run("resealed", property(license), Map.of());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(RuntimeGuards.EXIT_STATUS);
    assertThat(run.output()).isEqualTo(NAME + " guard 14: the program's seal of its class files is not the vendor's\n");
  }

  /** The seal with one class's digest replaced, its signature kept: what an attacker without the private key makes. */
  private static byte[] resealed(byte[] seal, String className, byte[] classFile) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(seal));
      int bodyLength = in.readInt();
      int count = in.readInt();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(body);
      out.writeInt(count);
      boolean found = false;
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        byte[] digest = in.readNBytes(32);
        boolean atStart = in.readBoolean();
        if (name.equals(className)) {
          digest = MessageDigest.getInstance("SHA-256").digest(classFile);
          found = true;
        }
        out.writeUTF(name);
        out.write(digest);
        out.writeBoolean(atStart);
      }
      assertThat(found).as(className + " sealed").isTrue();
      assertThat(body.size()).isEqualTo(bodyLength);
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      new DataOutputStream(whole).writeInt(bodyLength);
      body.writeTo(whole);
      whole.write(seal, 4 + bodyLength, seal.length - 4 - bodyLength);
      return whole.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertRefused(int level, Path license, int code, String message) throws Exception {
    assertRefused("exit" + level, license, code, message);
  }

  private void assertRefused(String jar, Path license, int code, String message) throws Exception {
    JavaRunner.Run run = run(jar, property(license), Map.of());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(LicenseGuard.EXIT_STATUS);
    assertThat(run.output()).startsWith(NAME + " license error " + code + ": ").contains(message).endsWith("\n")
        .hasLineCount(1);
  }

  private static List<String> property(Path license) {
    return List.of("-D" + NAME + ".license=" + license);
  }

  private JavaRunner.Run run(int level, List<String> options, Map<String, String> environment, String... args)
      throws Exception {
    return run("exit" + level, options, environment, args);
  }

  /**
   * The protected jar copied to {@code <home>/app}, run from {@code <home>/work} with {@code <home>} as the user's
   * home, so that every place of the lookup chain is the test's.
   */
  private JavaRunner.Run run(String jar, List<String> options, Map<String, String> environment, String... args)
      throws Exception {
    Path app = Files.createDirectories(home.resolve("app"));
    Path work = Files.createDirectories(home.resolve("work"));
    Path copy = app.resolve("app.jar");
    Files.copy(JARS.get(jar), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<String> command = new ArrayList<>(List.of(JavaRunner.javaExecutable().toString(), "-Duser.home=" + home));
    command.addAll(options);
    command.addAll(List.of("-jar", copy.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("ACMEAPP_LICENSE");
    builder.environment().putAll(environment);
    return JavaRunner.command(builder, JavaRunner.TIMEOUT);
  }

  private Path issue(Request request) throws IOException {
    return issue(vendorKey, request);
  }

  private Path issue(Path key, Request request) throws IOException {
    String text = new LicenseIssuer(Clock.systemUTC()).issue(request.build(), VendorKeys.readPrivate(key));
    return Files.writeString(Files.createTempFile(home, "customer", ".lic"), text);
  }

  private static Request request() {
    return new Request();
  }

  /** A licence request, the test's default one changed where a test says. */
  private static final class Request {
    private String product = PRODUCT;
    private String notBefore;
    private String expires = EXPIRES;
    private String period;
    private final List<String> bindings = new ArrayList<>();
    private boolean bindAny;
    private final List<String> timeSources = new ArrayList<>();
    private boolean refuseLocalClock;

    Request product(String value) {
      product = value;
      return this;
    }

    Request notBefore(String value) {
      notBefore = value;
      return this;
    }

    Request expires(String value) {
      expires = value;
      return this;
    }

    Request period(String value) {
      period = value;
      return this;
    }

    Request bind(String... identifiers) {
      bindings.addAll(List.of(identifiers));
      return this;
    }

    Request bindAny() {
      bindAny = true;
      return this;
    }

    Request timeSource(String url) {
      timeSources.add(url);
      return this;
    }

    Request refuseLocalClock() {
      refuseLocalClock = true;
      return this;
    }

    LicenseRequest build() {
      return new LicenseRequest(product, "ACME Corp", notBefore, expires, period, bindings, bindAny, timeSources,
          refuseLocalClock, new TreeMap<>(Map.of("seats", "10")));
    }
  }

  /** A local HTTP server whose every answer carries one {@code Date}. */
  private static final class DateServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    DateServer(ZonedDateTime date) throws IOException {
      socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
      String answer = "HTTP/1.1 200 OK\r\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(date)
          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      thread = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket client = socket.accept(); InputStream in = client.getInputStream();
              OutputStream out = client.getOutputStream()) {
            for (int last = 0, c; (c = in.read()) >= 0; ) {
              last = last << 8 | c;
              if (last == 0x0D0A0D0A) {
                break;
              }
            }
            out.write(answer.getBytes(StandardCharsets.US_ASCII));
          } catch (IOException e) {
            // closed, or a client gone: the next accept tells which
          }
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    /** A URL nothing answers at: a port just bound and let go. */
    static String closedUrl() throws IOException {
      try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        return "http://127.0.0.1:" + free.getLocalPort() + "/";
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
