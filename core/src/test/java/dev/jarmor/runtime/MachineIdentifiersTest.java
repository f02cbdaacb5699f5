package dev.jarmor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MachineIdentifiers} reads what each source holds, and nothing from what changes or is made up. */
class MachineIdentifiersTest {

  private static final String ID = "3f4e9a1c0b7d2e5f8a6c4b3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f";

  @Test
  void containerIdComesFromTheControlGroupsOrTheContainersMountedFiles() {
    // cgroup v1 under Docker, and a Kubernetes pod's containerd scope
    assertThat(MachineIdentifiers.containerId(List.of("12:memory:/docker/" + ID, "0::/"), List.of())).isEqualTo(ID);
    assertThat(MachineIdentifiers.containerId(
        List.of("0::/kubepods.slice/kubepods-pod1.slice/cri-containerd-" + ID + ".scope"), List.of())).isEqualTo(ID);
    // cgroup v2 inside the container hides the path: Docker's and Podman's files for it are mounted from their folders
    assertThat(MachineIdentifiers.containerId(List.of("0::/"), List.of(
        "2371 2349 0:124 / / rw,relatime - overlay overlay rw",
        "2390 2371 259:2 /var/lib/docker/containers/" + ID + "/hostname /etc/hostname rw,relatime - ext4 /dev/nvme0n1p2 rw")))
        .isEqualTo(ID);
    assertThat(MachineIdentifiers.containerId(List.of("0::/"), List.of(
        "812 790 0:61 /containers/storage/overlay-containers/" + ID + "/userdata/hostname /etc/hostname ro - tmpfs tmpfs")))
        .isEqualTo(ID);
    // a process on the host: a 64-digit hex string elsewhere in its mounts is not a container id
    assertThat(MachineIdentifiers.containerId(List.of("0::/user.slice/user-1000.slice/session-2.scope"), List.of(
        "29 1 259:2 / / rw,relatime - ext4 /dev/disk/by-uuid/" + ID + " rw"))).isNull();
  }

  @Test
  void machineIdIsTheFilesIdOrNothing() {
    assertThat(MachineIdentifiers.machineIdIn("4C4C4544004A5A1080434AC04F314E32\n")).isEqualTo("4c4c4544004a5a1080434ac04f314e32");
    // systemd leaves the file empty, or "uninitialized", until the first boot sets it
    assertThat(MachineIdentifiers.machineIdIn("")).isNull();
    assertThat(MachineIdentifiers.machineIdIn("uninitialized\n")).isNull();
    assertThat(MachineIdentifiers.machineIdIn(null)).isNull();
  }

  @Test
  void onlyUniversallyAdministeredUnicastAddressesCount() {
    assertThat(MachineIdentifiers.universalMac(new byte[] {0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e})).isEqualTo("00:1a:2b:3c:4d:5e");
    // Docker's bridge and veth addresses, and Wi-Fi's randomised ones, are locally administered
    assertThat(MachineIdentifiers.universalMac(new byte[] {0x02, 0x42, (byte) 0xac, 0x11, 0x00, 0x02})).isNull();
    assertThat(MachineIdentifiers.universalMac(new byte[] {(byte) 0xda, 0x11, 0x22, 0x33, 0x44, 0x55})).isNull();
    assertThat(MachineIdentifiers.universalMac(new byte[] {0x01, 0x00, 0x5e, 0x00, 0x00, 0x01})).isNull();
    assertThat(MachineIdentifiers.universalMac(new byte[6])).isNull();
    assertThat(MachineIdentifiers.universalMac(new byte[8])).isNull();
    assertThat(MachineIdentifiers.universalMac(null)).isNull();
  }

  @Test
  void everyIdentifierIsAKindAndAValueInTheDocumentedOrder() {
    List<String> kinds = Arrays.asList("machine-id", "mac", "host", "disk", "container");
    List<String> all = MachineIdentifiers.all();

    assertThat(all).allMatch(id -> id.matches("(machine-id|mac|host|disk|container):\\S.*"));
    assertThat(all).isSortedAccordingTo((a, b) -> Integer.compare(
        kinds.indexOf(a.substring(0, a.indexOf(':'))), kinds.indexOf(b.substring(0, b.indexOf(':')))));
    assertThat(all).filteredOn(id -> id.startsWith("host:")).hasSizeLessThanOrEqualTo(1);
  }
}
