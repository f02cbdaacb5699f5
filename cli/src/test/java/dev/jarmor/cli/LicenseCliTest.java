package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
  void licenceWithoutACommandIsAUsageError() {
    Cli.Result none = Cli.run("license");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required subcommand");
  }
}
