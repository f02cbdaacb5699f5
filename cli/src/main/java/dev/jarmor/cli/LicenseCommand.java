package dev.jarmor.cli;

import dev.jarmor.JarmorException;
import dev.jarmor.licensing.LicenseFile;
import dev.jarmor.licensing.LicenseIssuer;
import dev.jarmor.licensing.LicenseRequest;
import dev.jarmor.licensing.VendorKeys;
import dev.jarmor.runtime.LicenseText;
import dev.jarmor.runtime.MachineIdentifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jarmor license}: the vendor's side of licensing. */
@Command(name = "license", mixinStandardHelpOptions = true,
    description = "Licenses: the vendor's key pair, issuing and reading licenses, this machine's identifiers.",
    subcommands = {LicenseCommand.Keygen.class, LicenseCommand.Issue.class, LicenseCommand.Show.class,
        LicenseCommand.Machine.class})
final class LicenseCommand {

  /** {@code jarmor license keygen}: the vendor's key pair. */
  @Command(name = "keygen", mixinStandardHelpOptions = true,
      description = "Make the vendor's key pair: the private key, which signs licenses and never leaves you, in"
          + " <vendor.key>, the public key, which 'protect --license' builds into the program, in <vendor.pub>"
          + " beside it.")
  static final class Keygen implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<vendor.key>",
        description = "The private key's file; never overwritten.")
    Path out;

    @Override
    public Integer call() {
      Path publicKey = VendorKeys.generate(out);
      System.err.printf("jarmor: wrote %s (private: keep it safe, it signs your licenses) and %s (public: give it to"
          + " protect --license)%n", out, publicKey);
      return 0;
    }
  }

  /** {@code jarmor license issue}: one customer's licence. */
  @Command(name = "issue", mixinStandardHelpOptions = true,
      description = "Write a signed license: readable as it is, and no longer valid once any of it changes.")
  static final class Issue implements Callable<Integer> {
    @Option(names = "--key", required = true, paramLabel = "<vendor.key>", description = "The private key to sign with.")
    Path key;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<customer.lic>", description = "The license to write.")
    Path out;

    @Option(names = "--product", paramLabel = "<id>", description = "The product it is for (protect --license-product).")
    String product;

    @Option(names = "--holder", paramLabel = "<name>", description = "Whom it is issued to.")
    String holder;

    @Option(names = "--not-before", paramLabel = "<date>", description = "The first day (UTC) it is valid, or an instant.")
    String notBefore;

    @Option(names = "--expires", paramLabel = "<date|days>",
        description = "The last day (UTC) it is valid, an instant it ends at (2027-12-31T12:00:00Z), or a number of"
            + " days from today. Default: never.")
    String expires;

    @Option(names = "--period", paramLabel = "<n>s|<n>m|<n>h|<n>d",
        description = "How often a running program checks its license again. Default: once, at start.")
    String period;

    @Option(names = "--bind", paramLabel = "<kind>:<value>",
        description = "Valid only on a machine with this identifier, as 'jarmor license machine' prints it there."
            + " Repeatable: all must match, unless --bind-any.")
    List<String> bindings = new ArrayList<>();

    @Option(names = "--bind-any", description = "One of the --bind identifiers is enough.")
    boolean bindAny;

    @Option(names = "--time-source", paramLabel = "<url>|ntp:<host>",
        description = "Check the time against this server's HTTP Date header or NTP answer, not the local clock;"
            + " repeatable, tried in order.")
    List<String> timeSources = new ArrayList<>();

    @Option(names = "--refuse-local-clock",
        description = "When no --time-source answers, refuse to run rather than trust the local clock.")
    boolean refuseLocalClock;

    @Option(names = "--data", paramLabel = "<name>=<value>",
        description = "A value of yours the program reads through the license API (License.data(name)). Repeatable.")
    Map<String, String> data = new TreeMap<>();

    @Override
    public Integer call() {
      if (Files.exists(out)) {
        throw JarmorException.usage(out + " exists; jarmor does not overwrite a license");
      }
      String text = new LicenseIssuer(Clock.systemUTC()).issue(new LicenseRequest(product, holder, notBefore, expires,
          period, bindings, bindAny, timeSources, refuseLocalClock, new TreeMap<>(data)), VendorKeys.readPrivate(key));
      write(out, text);
      System.err.printf("jarmor: wrote %s%n", out);
      return 0;
    }

    private static void write(Path file, String text) {
      Path temporary = null;
      try {
        Path folder = file.toAbsolutePath().getParent();
        temporary = Files.createTempFile(folder, ".license", ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (temporary != null) {
          temporary.toFile().delete();
        }
        throw JarmorException.unwritable("license", file, e);
      }
    }
  }

  /** {@code jarmor license show}: what a licence grants and whether it holds. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Print a license's fields and, given the vendor's public key, whether its signature holds"
          + " (exit 3 if it does not).")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "<file.lic>", description = "The license.")
    Path file;

    @Option(names = "--key", paramLabel = "<vendor.pub>", description = "The public key to check the signature with.")
    Path key;

    @Override
    public Integer call() {
      LicenseText license = LicenseFile.read(file);
      String publicKey = key == null ? null : VendorKeys.readPublic(key);
      license.fields().forEach((name, values) -> values.forEach(value -> System.out.println(name + ": " + value)));
      if (publicKey == null) {
        System.out.println("signature: not checked (give --key <vendor.pub>)");
        return 0;
      }
      if (LicenseFile.signedBy(license, publicKey)) {
        System.out.println("signature: holds (" + key + ")");
        return 0;
      }
      System.out.println("signature: does not hold (" + key + ")");
      System.err.println("jarmor: error: the license is not signed by " + key + "'s owner, or was changed since ("
          + file + ")");
      return JarmorException.Kind.INPUT.exitCode();
    }
  }

  /**
   * {@code jarmor license machine}: what a customer sends the vendor to have a licence bound to this machine, read by
   * the code a protected program reads them with.
   */
  @Command(name = "machine", mixinStandardHelpOptions = true,
      description = "Print this machine's identifiers, one <kind>:<value> a line (machine-id, mac, host, disk,"
          + " container), as a protected program reads them.")
  static final class Machine implements Callable<Integer> {
    @Override
    public Integer call() {
      List<String> identifiers = MachineIdentifiers.all();
      identifiers.forEach(System.out::println);
      if (identifiers.isEmpty()) {
        System.err.println("jarmor: no identifier of this machine is readable here");
      }
      return 0;
    }
  }
}
