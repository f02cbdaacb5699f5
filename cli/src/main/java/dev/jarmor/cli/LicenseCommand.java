package dev.jarmor.cli;

import dev.jarmor.runtime.MachineIdentifiers;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code jarmor license}: the vendor's side of licensing. */
@Command(name = "license", description = "Licences: this machine's identifiers, for a licence bound to it.",
    mixinStandardHelpOptions = true, subcommands = LicenseCommand.Machine.class)
final class LicenseCommand {

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
