package dev.jarmor.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.input.EntryContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel zip writer produces archives the JDK reads back exactly, as a file and as a stream. */
class ZipWriterTest {

  @TempDir Path temp;

  @Test
  void entriesComeBackExactlyThroughZipFileAndJarInputStream() throws Exception {
    List<ZipWriter.Entry> entries = List.of(
        new ZipWriter.Entry("META-INF/", EntryContent.of(new byte[0])),
        new ZipWriter.Entry("META-INF/MANIFEST.MF",
            EntryContent.of("Manifest-Version: 1.0\r\nMain-Class: a.B\r\n\r\n".getBytes(StandardCharsets.UTF_8))),
        new ZipWriter.Entry("a/", EntryContent.of(new byte[0])),
        new ZipWriter.Entry("a/B.class", EntryContent.of("x".repeat(10_000).getBytes(StandardCharsets.UTF_8))),
        new ZipWriter.Entry("a/empty.txt", EntryContent.of(new byte[0])),
        new ZipWriter.Entry("a/ünïcode.txt", EntryContent.of(new byte[] {1, 2, 3})));
    Path zip = temp.resolve("out.jar");
    try (var out = Files.newOutputStream(zip)) {
      ZipWriter.write(entries, out);
    }
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipWriter.Entry entry : entries) {
        ZipEntry zipEntry = file.getEntry(entry.path());
        assertThat(zipEntry).as(entry.path()).isNotNull();
        assertThat(file.getInputStream(zipEntry).readAllBytes()).isEqualTo(entry.content().bytes());
      }
      assertThat(file.getEntry("a/").isDirectory()).isTrue();
      assertThat(file.getEntry("a/B.class").getCompressedSize()).isLessThan(10_000);
    }
    try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("a.B");
      int count = 0;
      for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
        jar.readAllBytes();
        count++;
      }
      assertThat(count).isEqualTo(entries.size() - 2);
    }
  }

  @Test
  void moreThan65535EntriesUseZip64EndRecords() throws Exception {
    List<ZipWriter.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      entries.add(new ZipWriter.Entry("e/" + i, EntryContent.of(new byte[] {(byte) i})));
    }
    Path zip = temp.resolve("big.zip");
    try (var out = Files.newOutputStream(zip)) {
      ZipWriter.write(entries, out);
    }
    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertThat(file.size()).isEqualTo(70_000);
      assertThat(file.getInputStream(file.getEntry("e/69999")).readAllBytes()).containsExactly((byte) 69_999);
    }
  }

  @Test
  void sameEntriesSameBytes() throws Exception {
    List<ZipWriter.Entry> entries =
        List.of(new ZipWriter.Entry("a.txt", EntryContent.of("hello hello hello".getBytes(StandardCharsets.UTF_8))));
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    ZipWriter.write(entries, first);
    ZipWriter.write(entries, second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }

  @Test
  void contentHeldDeflatedIsCopiedAsItCameAndStoredWhenAskedOrEmpty() throws Exception {
    byte[] text = "held deflated, copied as it is ".repeat(200).getBytes(StandardCharsets.UTF_8);
    // compressed with another level than the writer's: copied, its bytes stay those of the input
    Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    deflater.setInput(text);
    deflater.finish();
    byte[] compressed = new byte[text.length];
    int length = deflater.deflate(compressed);
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(text);
    EntryContent held = EntryContent.deflated(Arrays.copyOf(compressed, length), text.length, (int) crc.getValue());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // an empty entry its input deflated (two bytes of deflate data) is stored, as the writer stores every empty one
    EntryContent emptyDeflated = EntryContent.deflate(new byte[0]);

    ZipWriter.write(List.of(new ZipWriter.Entry("copied.txt", held), new ZipWriter.Entry("stored.txt", held, true),
        new ZipWriter.Entry("empty.txt", emptyDeflated)), out);

    byte[] zip = out.toByteArray();
    assertThat(indexOf(zip, Arrays.copyOf(compressed, length))).isGreaterThan(0);
    Path file = Files.write(temp.resolve("held.zip"), zip);
    try (ZipFile read = new ZipFile(file.toFile())) {
      assertThat(read.getInputStream(read.getEntry("copied.txt")).readAllBytes()).isEqualTo(text);
      assertThat(read.getEntry("stored.txt").getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(read.getInputStream(read.getEntry("stored.txt")).readAllBytes()).isEqualTo(text);
      assertThat(read.getEntry("empty.txt").getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(read.getEntry("empty.txt").getSize()).isZero();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
