package dev.jarmor.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import dev.jarmor.input.EntryContent;
import java.util.List;

/**
 * Writes a zip archive whose entries are compressed in parallel: the JDK's ZipOutputStream deflates
 * one entry after the other on one core, which on a protect run is a large share of the writing.
 * Entries carry one fixed timestamp and no extra fields, so the same entries give the same bytes. An entry
 * held deflated, as its input stored it, is copied as it is, neither inflated nor deflated again.
 * Archives of more than 65,535 entries get ZIP64 end records; a single entry, or the archive, may not
 * exceed 4 GiB.
 */
final class ZipWriter {

  /**
   * One entry: a path (folders end with '/'), its content, and whether it is stored uncompressed
   * (a nested jar that Spring Boot's launcher reads in place) rather than deflated.
   */
  record Entry(String path, EntryContent content, boolean stored) {
    Entry(String path, EntryContent content) {
      this(path, content, false);
    }
  }

  /** 2000-01-01 00:00 in MS-DOS form: the fixed timestamp of every entry. */
  private static final int DOS_DATE = (2000 - 1980) << 9 | 1 << 5 | 1;
  private static final int DOS_TIME = 0;
  private static final int UTF8_NAMES = 0x0800;
  private static final int STORED = 0;
  private static final int DEFLATED = 8;
  private static final long MAX_32 = 0xFFFFFFFFL;

  private ZipWriter() {}

  /** An entry as written: its content held as stored (deflated or not), the folder flag for the directory. */
  private record Compressed(byte[] name, EntryContent content, boolean folder) {
    int method() {
      return content.deflated() ? DEFLATED : STORED;
    }
  }

  static void write(List<Entry> entries, OutputStream out) throws IOException {
    List<Compressed> compressed = entries.parallelStream().map(ZipWriter::compress).toList();
    Counting counting = new Counting(out);
    long[] offsets = new long[compressed.size()];
    for (int i = 0; i < compressed.size(); i++) {
      Compressed c = compressed.get(i);
      offsets[i] = counting.count;
      ByteBuffer header = little(30 + c.name().length);
      header.putInt(0x04034b50).putShort((short) 20).putShort((short) UTF8_NAMES).putShort((short) c.method())
          .putShort((short) DOS_TIME).putShort((short) DOS_DATE).putInt(c.content().crc())
          .putInt(c.content().heldLength()).putInt(c.content().size()).putShort((short) c.name().length).putShort((short) 0)
          .put(c.name());
      counting.write(header.array());
      c.content().writeHeld(counting);
    }
    long directoryStart = counting.count;
    for (int i = 0; i < compressed.size(); i++) {
      Compressed c = compressed.get(i);
      if (offsets[i] > MAX_32) {
        throw new IOException("output larger than 4 GiB");
      }
      ByteBuffer header = little(46 + c.name().length);
      header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) UTF8_NAMES)
          .putShort((short) c.method()).putShort((short) DOS_TIME).putShort((short) DOS_DATE).putInt(c.content().crc())
          .putInt(c.content().heldLength()).putInt(c.content().size()).putShort((short) c.name().length).putShort((short) 0)
          .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(c.folder() ? 0x10 : 0)
          .putInt((int) offsets[i]).put(c.name());
      counting.write(header.array());
    }
    long directorySize = counting.count - directoryStart;
    int count = compressed.size();
    boolean zip64 = count > 0xFFFF || directoryStart > MAX_32;
    if (zip64) {
      long zip64End = counting.count;
      ByteBuffer record = little(56 + 20);
      record.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
          .putLong(count).putLong(count).putLong(directorySize).putLong(directoryStart);
      record.putInt(0x07064b50).putInt(0).putLong(zip64End).putInt(1);
      counting.write(record.array());
    }
    ByteBuffer end = little(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
        .putShort((short) (zip64 ? 0xFFFF : count)).putShort((short) (zip64 ? 0xFFFF : count))
        .putInt((int) directorySize).putInt((int) (zip64 ? MAX_32 : directoryStart)).putShort((short) 0);
    counting.write(end.array());
    counting.flush();
  }

  private static Compressed compress(Entry entry) {
    byte[] name = entry.path().getBytes(StandardCharsets.UTF_8);
    EntryContent content = entry.content();
    boolean folder = entry.path().endsWith("/");
    // an empty entry is stored, however its input held it
    if (content.deflated() && !entry.stored() && content.size() > 0) {
      return new Compressed(name, content, folder);
    }
    if (folder || content.size() == 0 || entry.stored()) {
      return new Compressed(name, content.deflated() ? EntryContent.of(content.bytes()) : content, folder);
    }
    return new Compressed(name, EntryContent.deflate(content.bytes()), false);
  }

  private static ByteBuffer little(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Counts what passes through, for entry offsets. */
  private static final class Counting extends FilterOutputStream {
    private long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      count += length;
    }
  }
}
