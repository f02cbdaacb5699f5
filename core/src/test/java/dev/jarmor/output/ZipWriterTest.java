package dev.jarmor.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
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
        new ZipWriter.Entry("META-INF/", new byte[0]),
        new ZipWriter.Entry("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMain-Class: a.B\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
        new ZipWriter.Entry("a/", new byte[0]),
        new ZipWriter.Entry("a/B.class", "x".repeat(10_000).getBytes(StandardCharsets.UTF_8)),
        new ZipWriter.Entry("a/empty.txt", new byte[0]),
        new ZipWriter.Entry("a/ünïcode.txt", new byte[] {1, 2, 3}));
    Path zip = temp.resolve("out.jar");
    try (var out = Files.newOutputStream(zip)) {
      ZipWriter.write(entries, out);
    }
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipWriter.Entry entry : entries) {
        ZipEntry zipEntry = file.getEntry(entry.path());
        assertThat(zipEntry).as(entry.path()).isNotNull();
        assertThat(file.getInputStream(zipEntry).readAllBytes()).isEqualTo(entry.data());
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
      entries.add(new ZipWriter.Entry("e/" + i, new byte[] {(byte) i}));
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
    List<ZipWriter.Entry> entries = List.of(new ZipWriter.Entry("a.txt", "hello hello hello".getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    ZipWriter.write(entries, first);
    ZipWriter.write(entries, second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }
}
