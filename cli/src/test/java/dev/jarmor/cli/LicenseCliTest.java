package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jarmor license}: the vendor's side of licensing, from the command line. */
class LicenseCliTest {

  @Test
  void machinePrintsThisMachinesIdentifiersOneALine() throws Exception {
    Cli.Result machine = Cli.run("license", "machine");

    assertThat(machine.exitCode()).isZero();
    assertThat(machine.err()).isEmpty();
    assertThat(machine.out().lines()).isNotEmpty().allMatch(line -> line.matches("(machine-id|mac|host|disk|container):\\S.*"));
    Path hostname = Path.of("/proc/sys/kernel/hostname");
    if (Files.isReadable(hostname)) {
      assertThat(machine.out().lines()).contains("host:" + Files.readString(hostname, StandardCharsets.UTF_8).trim()
          .toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void keygenIssueAndShowFromTheCommandLine(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("vendor.key");
    Cli.Result keygen = Cli.run("license", "keygen", "-o", key.toString());
    assertThat(keygen.exitCode()).as(keygen.err()).isZero();
    assertThat(keygen.err()).contains("wrote " + key).contains(dir.resolve("vendor.pub").toString());
    assertThat(Cli.run("license", "keygen", "-o", key.toString()).err())
        .contains("exists; jarmor never overwrites a key");

    Path license = dir.resolve("customer.lic");
    Cli.Result issue = Cli.run("license", "issue", "--key", key.toString(), "-o", license.toString(), "--holder",
        "ACME Corp", "--expires", "2027-12-31", "--bind", "host:build-7", "--data", "seats=10", "--data", "tier=gold");
    assertThat(issue.exitCode()).as(issue.err()).isZero();
    Cli.Result again = Cli.run("license", "issue", "--key", key.toString(), "-o", license.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("exists; jarmor does not overwrite a license");

    Cli.Result show = Cli.run("license", "show", license.toString(), "--key", dir.resolve("vendor.pub").toString());
    assertThat(show.exitCode()).isZero();
    assertThat(show.out()).contains("holder: ACME Corp\n", "expires: 2027-12-31\n", "bind: host:build-7\n",
        "data.seats: 10\n", "data.tier: gold\n").endsWith("signature: holds (" + dir.resolve("vendor.pub") + ")\n");
    assertThat(Cli.run("license", "show", license.toString()).out()).endsWith("signature: not checked (give --key <vendor.pub>)\n");

    Files.writeString(license, Files.readString(license).replace("2027-12-31", "2099-12-31"));
    Cli.Result changed = Cli.run("license", "show", license.toString(), "--key", dir.resolve("vendor.pub").toString());
    assertThat(changed.exitCode()).isEqualTo(3);
    assertThat(changed.out()).contains("expires: 2099-12-31").contains("signature: does not hold");
    assertThat(changed.err()).contains("is not signed by " + dir.resolve("vendor.pub") + "'s owner, or was changed since");

    Cli.Result bad = Cli.run("license", "issue", "--key", key.toString(), "-o", dir.resolve("x.lic").toString(),
        "--bind", "serial:1");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--bind takes <kind>:<value> with a kind of machine-id, mac, host, disk, container");
    assertThat(dir.resolve("x.lic")).doesNotExist();
    Cli.Result publicKeyToSign = Cli.run("license", "issue", "--key", dir.resolve("vendor.pub").toString(), "-o",
        dir.resolve("y.lic").toString());
    assertThat(publicKeyToSign.exitCode()).isEqualTo(3);
    assertThat(publicKeyToSign.err()).contains("not a PEM private key");
  }

  @Test
  void protectsWithALicenceOnlyGivenAPublicKey(@TempDir Path dir) {
    Cli.Result companion = Cli.run("protect", "x.jar", "-o", dir.resolve("out.jar").toString(), "--license-name", "acme");
    assertThat(companion.exitCode()).isEqualTo(2);
    assertThat(companion.err()).contains("--license-name needs --license <vendor.pub|vendor.key>");
    Cli.Result onError = Cli.run("protect", "x.jar", "-o", dir.resolve("out.jar").toString(), "--license", "v.pub",
        "--on-license-error", "warn");
    assertThat(onError.exitCode()).isEqualTo(2);
    assertThat(onError.err()).contains("--on-license-error takes exit or throw, not 'warn'");
    Cli.Result name = Cli.run("protect", "x.jar", "-o", dir.resolve("out.jar").toString(), "--license", "v.pub",
        "--license-name", "acme corp");
    assertThat(name.exitCode()).isEqualTo(2);
    assertThat(name.err()).contains("--license-name takes letters, digits");
  }

  @Test
  void guardOptionsAreCheckedBeforeAnythingRuns(@TempDir Path dir) {
    String out = dir.resolve("out.jar").toString();
    Cli.Result unknown = Cli.run("protect", "x.jar", "-o", out, "--guard", "debugger,tampering");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--guard takes debugger, agents, tamper, not 'tampering'");
    Cli.Result onGuard = Cli.run("protect", "x.jar", "-o", out, "--on-guard", "throw");
    assertThat(onGuard.exitCode()).isEqualTo(2);
    assertThat(onGuard.err()).contains("--on-guard needs --guard");
    Cli.Result callback = Cli.run("protect", "x.jar", "-o", out, "--guard", "agents", "--on-guard", "not a method");
    assertThat(callback.exitCode()).isEqualTo(2);
    assertThat(callback.err()).contains("--on-guard takes exit, throw or <class>.<method>, not 'not a method'");
    Cli.Result samples = Cli.run("protect", Cli.samples(), "-o", out, "--guard", "debugger", "--on-guard",
        "com.acme.Nowhere.onGuard");
    assertThat(samples.exitCode()).isEqualTo(2);
    assertThat(samples.err()).contains("--on-guard names no static method onGuard(String) of a program class"
        + " com.acme.Nowhere");
    assertThat(dir.resolve("out.jar")).doesNotExist();
  }

  @Test
  void licenceWithoutACommandIsAUsageError() {
    Cli.Result none = Cli.run("license");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required subcommand");
  }
}
