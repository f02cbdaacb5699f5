package dev.jarmor.runtime;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This machine's identifiers as a licence binds to them, each {@code <kind>:<value>}: what {@code jarmor license
 * machine} prints for a customer to send and what a protected program compares with its licence, one code for both.
 *
 * <ul>
 *   <li>{@code machine-id}: the operating system's installation id ({@code /etc/machine-id} on Linux,
 *       {@code IOPlatformUUID} on macOS, {@code MachineGuid} on Windows): kept across reboots and network changes,
 *       new when the system is installed again; in a container, the image's, or none;
 *   <li>{@code mac}: the hardware address of each physical network interface, universally administered addresses
 *       only (the randomised and virtual ones of Wi-Fi privacy, VPNs, bridges and containers change);
 *   <li>{@code host}: the host name, lower case: kept until someone renames the machine; a container's is its id's
 *       first twelve characters unless set;
 *   <li>{@code disk}: the serial number of each physical disk where the system lets any user read it (Linux);
 *   <li>{@code container}: the id of the container the program runs in (Docker, Podman, containerd, Kubernetes):
 *       kept across restarts of that container, new for each container created.
 * </ul>
 *
 * <p>Nothing here needs privileges or native code, and a source that cannot be read gives no identifier rather
 * than an error. Compiled for Java 8, as all of the runtime.
 */
public final class MachineIdentifiers {

  private static final Pattern CONTAINER_ID = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern QUOTED_UUID = Pattern.compile("\"IOPlatformUUID\"\\s*=\\s*\"([0-9A-Fa-f-]+)\"");
  private static final Pattern MACHINE_GUID = Pattern.compile("MachineGuid\\s+REG_SZ\\s+([0-9A-Fa-f-]+)");
  /** How long an operating system tool may take to answer before its identifier is left out. */
  private static final long TOOL_SECONDS = 5;

  /** The kinds of identifier, in the order {@link #all} lists them. */
  public static final List<String> KINDS = Collections.unmodifiableList(
      Arrays.asList("machine-id", "mac", "host", "disk", "container"));

  private MachineIdentifiers() {}

  /** Every identifier of this machine, {@code <kind>:<value>}, sorted by kind as above, then by value. */
  public static List<String> all() {
    return of(KINDS);
  }

  /**
   * This machine's identifiers of the given kinds, in the order of {@link #all}: a licence check reads only the kinds
   * its licence binds to (enumerating the network interfaces alone takes milliseconds).
   */
  public static List<String> of(Collection<String> kinds) {
    List<String> all = new ArrayList<>();
    if (kinds.contains(KINDS.get(0))) {
      add(all, KINDS.get(0), machineId());
    }
    if (kinds.contains(KINDS.get(1))) {
      add(all, KINDS.get(1), macAddresses());
    }
    if (kinds.contains(KINDS.get(2))) {
      add(all, KINDS.get(2), hostName());
    }
    if (kinds.contains(KINDS.get(3))) {
      add(all, KINDS.get(3), diskSerials());
    }
    if (kinds.contains(KINDS.get(4))) {
      add(all, KINDS.get(4), containerId(lines("/proc/self/cgroup"), lines("/proc/self/mountinfo")));
    }
    return all;
  }

  private static void add(List<String> all, String kind, Iterable<String> values) {
    for (String value : values) {
      all.add(kind + ":" + value);
    }
  }

  private static void add(List<String> all, String kind, String value) {
    if (value != null && !value.isEmpty()) {
      all.add(kind + ":" + value);
    }
  }

  private static String machineId() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return match(QUOTED_UUID, run("ioreg", "-rd1", "-c", "IOPlatformExpertDevice"));
    }
    if (os.contains("windows")) {
      return match(MACHINE_GUID, run("reg", "query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v", "MachineGuid"));
    }
    for (String file : new String[] {"/etc/machine-id", "/var/lib/dbus/machine-id", "/etc/hostid"}) {
      String id = machineIdIn(text(file));
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /** The id a machine-id file holds: its first line, lower case, if it is one (an empty file is a machine not set up). */
  static String machineIdIn(String text) {
    if (text == null) {
      return null;
    }
    String id = text.trim().toLowerCase(Locale.ROOT);
    return id.matches("[0-9a-f]{8,64}") ? id : null;
  }

  private static String match(Pattern pattern, String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static TreeSet<String> macAddresses() {
    TreeSet<String> macs = new TreeSet<>();
    try {
      Enumeration<NetworkInterface> interfaces = NetworkInterface.getNetworkInterfaces();
      for (NetworkInterface nic : interfaces == null ? Collections.<NetworkInterface>emptyList()
          : Collections.list(interfaces)) {
        if (!nic.isLoopback() && !nic.isVirtual()) {
          String mac = universalMac(nic.getHardwareAddress());
          if (mac != null) {
            macs.add(mac);
          }
        }
      }
    } catch (SocketException e) {
      // no interface to read: no mac identifier
    }
    return macs;
  }

  /**
   * The address as {@code 00:1a:2b:3c:4d:5e}, or null unless it is a universally administered unicast one: a locally
   * administered address (bit 1 of the first byte) is made up by software, for a container, a bridge, a VPN or
   * Wi-Fi privacy, and changes.
   */
  static String universalMac(byte[] address) {
    if (address == null || address.length != 6 || (address[0] & 0x03) != 0) {
      return null;
    }
    boolean zero = true;
    StringBuilder mac = new StringBuilder();
    for (byte b : address) {
      zero &= b == 0;
      mac.append(mac.length() == 0 ? "" : ":").append(String.format("%02x", b & 0xFF));
    }
    return zero ? null : mac.toString();
  }

  private static String hostName() {
    String name = System.getenv("COMPUTERNAME");
    if (name == null) {
      name = text("/proc/sys/kernel/hostname");
    }
    if (name == null) {
      name = run("hostname");
    }
    return name == null || name.trim().isEmpty() ? null : name.trim().toLowerCase(Locale.ROOT);
  }

  /** The serial numbers Linux shows every user for the machine's block devices, virtual ones (loop, RAM) left out. */
  private static TreeSet<String> diskSerials() {
    TreeSet<String> serials = new TreeSet<>();
    File[] devices = new File("/sys/block").listFiles();
    if (devices == null) {
      return serials;
    }
    for (File device : devices) {
      try {
        if (device.toPath().toRealPath().toString().contains("/virtual/")) {
          continue;
        }
      } catch (IOException e) {
        continue;
      }
      for (String file : new String[] {"device/serial", "serial"}) {
        String serial = text(new File(device, file).getPath());
        if (serial != null && !serial.trim().isEmpty()) {
          serials.add(serial.trim());
          break;
        }
      }
    }
    return serials;
  }

  /**
   * The 64-digit id of the container this process runs in, from its control groups (cgroup v1, and v2 seen from the
   * host) or, where cgroup v2 hides them, from the container's own files mounted from the runtime's folder for it.
   */
  static String containerId(List<String> cgroup, List<String> mountinfo) {
    for (String line : cgroup) {
      Matcher id = CONTAINER_ID.matcher(line);
      if (id.find()) {
        return id.group();
      }
    }
    for (String line : mountinfo) {
      if (line.contains("/containers/")) {
        Matcher id = CONTAINER_ID.matcher(line.substring(line.indexOf("/containers/")));
        if (id.find()) {
          return id.group();
        }
      }
    }
    return null;
  }

  private static String text(String file) {
    try {
      Path path = Paths.get(file);
      return Files.isReadable(path) ? new String(Files.readAllBytes(path), StandardCharsets.UTF_8) : null;
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  private static List<String> lines(String file) {
    String text = text(file);
    List<String> lines = new ArrayList<>();
    if (text != null) {
      Collections.addAll(lines, text.split("\n"));
    }
    return lines;
  }

  /**
   * What an operating system tool prints, or null when it cannot run, fails or takes too long: its output is read by a
   * thread of its own, so that a tool that hangs without closing it cannot hold the program past the time limit.
   */
  private static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      final InputStream in = process.getInputStream();
      final ByteArrayOutputStream out = new ByteArrayOutputStream();
      Thread reader = new Thread(new Runnable() {
        @Override
        public void run() {
          byte[] buffer = new byte[4096];
          try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
              synchronized (out) {
                out.write(buffer, 0, n);
              }
            }
          } catch (IOException e) {
            // the tool went away: what it printed so far is all there is
          }
        }
      }, "machine-identifiers");
      reader.setDaemon(true);
      reader.start();
      if (!process.waitFor(TOOL_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return null;
      }
      reader.join(TimeUnit.SECONDS.toMillis(TOOL_SECONDS));
      synchronized (out) {
        return process.exitValue() == 0 ? new String(out.toByteArray(), StandardCharsets.UTF_8) : null;
      }
    } catch (IOException | SecurityException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
