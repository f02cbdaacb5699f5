package dev.jarmor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** {@link ZipDirectory} reads what the JDK writes, stored, deflated and ZIP64, and refuses a damaged zip. */
class ZipDirectoryTest {

  @Test
  void readsEveryEntryAsTheJdkDoes() throws IOException {
    Map<String, byte[]> content = new TreeMap<>();
    content.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
    content.put("com/acme/Big.class", "x".repeat(5000).getBytes(StandardCharsets.UTF_8));
    content.put("com/acme/Small.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
    content.put("com/acme/Empty.txt", new byte[0]);
    content.put("com/acme/\u00e9t\u00e9.txt", "summer".getBytes(StandardCharsets.UTF_8));
    byte[] zip = zip(content, "com/acme/Small.class");

    ZipDirectory directory = ZipDirectory.of(zip);

    assertThat(directory.names()).containsExactlyElementsOf(jdkView(zip).keySet());
    for (String name : content.keySet()) {
      assertThat(directory.read(name)).as(name).isEqualTo(jdkView(zip).get(name));
    }
    assertThat(directory.names()).contains("com/", "com/acme/");
    assertThat(directory.read("com/acme/Missing.class")).isNull();
  }

  @Test
  void readsZip64() throws IOException {
    Map<String, byte[]> content = new TreeMap<>();
    // more entries than a zip's end record counts: the JDK writes ZIP64 end records
    for (int i = 0; i < 70_000; i++) {
      content.put("e/" + i, Integer.toString(i).getBytes(StandardCharsets.UTF_8));
    }

    ZipDirectory directory = ZipDirectory.of(zip(content, ""));

    assertThat(directory.names()).hasSize(70_000 + 1);
    assertThat(directory.read("e/69999")).isEqualTo("69999".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesATruncatedZip() throws IOException {
    byte[] zip = zip(Map.of("a.txt", "a".getBytes(StandardCharsets.UTF_8)), "");

    assertThatThrownBy(() -> ZipDirectory.of(Arrays.copyOf(zip, zip.length - 30))).isInstanceOf(ZipException.class);
  }

  @Test
  void refusesADamagedEntry() throws IOException {
    byte[] text = "y".repeat(2000).getBytes(StandardCharsets.UTF_8);
    byte[] zip = zip(Map.of("a.txt", text, "b.txt", text), "b.txt");
    // the stored entry's content, changed in place: its CRC no longer matches
    int at = indexOf(zip, text);
    zip[at + 100] = 'z';

    ZipDirectory directory = ZipDirectory.of(zip);

    assertThat(directory.read("a.txt")).isEqualTo(text);
    assertThatThrownBy(() -> directory.read("b.txt")).isInstanceOf(ZipException.class).hasMessageContaining("b.txt");
  }

  @Test
  void readsAZipInsideOtherBytesInPlaceAndNamesDuplicates() throws IOException {
    byte[] text = "z".repeat(3000).getBytes(StandardCharsets.UTF_8);
    byte[] zip = zip(Map.of("a.txt", text), "a.txt");
    byte[] outer = new byte[zip.length + 20];
    System.arraycopy(zip, 0, outer, 7, zip.length);

    ZipDirectory inPlace = ZipDirectory.of(outer, 7, zip.length);

    assertThat(inPlace.read("a.txt")).isEqualTo(text);
    assertThat(inPlace.entry("a.txt").deflated()).isFalse();
    assertThat(inPlace.duplicates()).isEmpty();
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(twice)) {
      // the JDK's writer refuses a second entry of one name; a zip tool need not
      out.putNextEntry(new ZipEntry("a.txt"));
      out.putNextEntry(new ZipEntry("b.txt"));
    }
    byte[] duplicated = twice.toByteArray();
    byte[] second = "b.txt".getBytes(StandardCharsets.UTF_8);
    // renamed in its local header, then in the central directory
    duplicated[indexOf(duplicated, second)] = 'a';
    duplicated[indexOf(duplicated, second)] = 'a';
    assertThat(ZipDirectory.of(duplicated).duplicates()).containsExactly("a.txt");
  }

  /** A zip of {@code content} with the folders above each entry, the entry named {@code stored} stored. */
  private static byte[] zip(Map<String, byte[]> content, String stored) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      Set<String> folders = new TreeSet<>();
      for (Map.Entry<String, byte[]> entry : new TreeMap<>(content).entrySet()) {
        for (int slash = entry.getKey().indexOf('/'); slash >= 0; slash = entry.getKey().indexOf('/', slash + 1)) {
          String folder = entry.getKey().substring(0, slash + 1);
          if (folders.add(folder)) {
            out.putNextEntry(new ZipEntry(folder));
          }
        }
        ZipEntry zipEntry = new ZipEntry(entry.getKey());
        if (entry.getKey().equals(stored)) {
          CRC32 crc = new CRC32();
          crc.update(entry.getValue());
          zipEntry.setMethod(ZipEntry.STORED);
          zipEntry.setSize(entry.getValue().length);
          zipEntry.setCrc(crc.getValue());
        }
        out.putNextEntry(zipEntry);
        out.write(entry.getValue());
      }
    }
    return bytes.toByteArray();
  }

  /** Every entry as the JDK's stream reader sees it, by name. */
  private static Map<String, byte[]> jdkView(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
