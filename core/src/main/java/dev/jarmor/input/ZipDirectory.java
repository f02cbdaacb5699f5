package dev.jarmor.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * A zip held in memory, read through its central directory: an entry is inflated only when asked for. A nested jar
 * of the input is thus held once, as the bytes the output carries, instead of a second time as its inflated classes
 * (the JDK opens a zip on demand only from a file). Reads ZIP64 archives; refuses encrypted entries and compression
 * methods other than stored and deflated, as a class loader would.
 */
final class ZipDirectory {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final int ZIP64_END = 0x06064b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int END_LENGTH = 22;
  private static final long FULL16 = 0xFFFF;
  private static final long FULL32 = 0xFFFFFFFFL;

  /** Where an entry's content is and how it is stored, from the central directory. */
  private record Entry(int method, int crc, long compressedSize, long size, long localHeader) {}

  private final byte[] zip;
  private final SortedMap<String, Entry> entries;

  private ZipDirectory(byte[] zip, SortedMap<String, Entry> entries) {
    this.zip = zip;
    this.entries = Collections.unmodifiableSortedMap(entries);
  }

  /** Reads the central directory of {@code zip}; of entries sharing a name, the last is kept, as a reader of the stream keeps it. */
  static ZipDirectory of(byte[] zip) throws ZipException {
    try {
      return new ZipDirectory(zip, readDirectory(zip));
    } catch (IndexOutOfBoundsException e) {
      throw new ZipException("truncated zip");
    }
  }

  /** The names of the entries, folders included, sorted. */
  Set<String> names() {
    return entries.keySet();
  }

  /** The content of the entry of that name, or null when there is none. */
  byte[] read(String name) throws ZipException {
    Entry entry = entries.get(name);
    if (entry == null) {
      return null;
    }
    try {
      return content(entry, name);
    } catch (IndexOutOfBoundsException e) {
      throw new ZipException("truncated entry " + name);
    }
  }

  private static SortedMap<String, Entry> readDirectory(byte[] zip) throws ZipException {
    int end = findEnd(zip);
    long count = u16(zip, end + 10);
    long size = u32(zip, end + 12);
    long offset = u32(zip, end + 16);
    if (count == FULL16 || size == FULL32 || offset == FULL32) {
      int locator = end - 20;
      if (locator < 0 || i32(zip, locator) != ZIP64_LOCATOR) {
        throw new ZipException("ZIP64 end of central directory locator missing");
      }
      int end64 = position(u64(zip, locator + 8), zip);
      if (i32(zip, end64) != ZIP64_END) {
        throw new ZipException("ZIP64 end of central directory missing");
      }
      count = u64(zip, end64 + 32);
      offset = u64(zip, end64 + 48);
    }
    SortedMap<String, Entry> entries = new TreeMap<>();
    int at = position(offset, zip);
    for (long i = 0; i < count; i++) {
      if (i32(zip, at) != CENTRAL_HEADER) {
        throw new ZipException("bad central directory header");
      }
      int flags = u16(zip, at + 8);
      int nameLength = u16(zip, at + 28);
      int extraLength = u16(zip, at + 30);
      int commentLength = u16(zip, at + 32);
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      if ((flags & 1) != 0) {
        throw new ZipException("encrypted entry " + name);
      }
      long[] sizes = {u32(zip, at + 24), u32(zip, at + 20), u32(zip, at + 42)};
      readZip64Extra(zip, at + 46 + nameLength, extraLength, sizes);
      entries.put(name, new Entry(u16(zip, at + 10), i32(zip, at + 16), sizes[1], sizes[0], sizes[2]));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /** The end of central directory record: the last one, before a comment of at most 65535 bytes. */
  private static int findEnd(byte[] zip) throws ZipException {
    for (int at = zip.length - END_LENGTH; at >= Math.max(0, zip.length - END_LENGTH - 0xFFFF); at--) {
      if (i32(zip, at) == END) {
        return at;
      }
    }
    throw new ZipException("zip END header not found");
  }

  /** Replaces the size, compressed size and local header offset saturated in the header by their ZIP64 values. */
  private static void readZip64Extra(byte[] zip, int extra, int length, long[] sizes) {
    for (int at = extra; at + 4 <= extra + length; at += 4 + u16(zip, at + 2)) {
      if (u16(zip, at) == 1) {
        int value = at + 4;
        for (int i = 0; i < sizes.length; i++) {
          if (sizes[i] == FULL32) {
            sizes[i] = u64(zip, value);
            value += 8;
          }
        }
        return;
      }
    }
  }

  private byte[] content(Entry entry, String name) throws ZipException {
    int local = position(entry.localHeader(), zip);
    if (i32(zip, local) != LOCAL_HEADER) {
      throw new ZipException("bad local header of " + name);
    }
    int data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    int compressed = length(entry.compressedSize(), name);
    int size = length(entry.size(), name);
    if (data + compressed > zip.length) {
      throw new ZipException("truncated entry " + name);
    }
    byte[] content;
    if (entry.method() == 0) {
      content = Arrays.copyOfRange(zip, data, data + compressed);
    } else if (entry.method() == 8) {
      content = inflate(data, compressed, size, name);
    } else {
      throw new ZipException("unsupported compression method " + entry.method() + " of " + name);
    }
    CRC32 crc = new CRC32();
    crc.update(content);
    if ((int) crc.getValue() != entry.crc() || content.length != size) {
      throw new ZipException("invalid entry " + name + " (CRC or size differs)");
    }
    return content;
  }

  private byte[] inflate(int data, int compressed, int size, String name) throws ZipException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, data, compressed);
      byte[] content = new byte[size];
      int filled = 0;
      while (filled < size && !inflater.finished()) {
        int n = inflater.inflate(content, filled, size - filled);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        filled += n;
      }
      if (filled != size) {
        throw new ZipException("invalid entry " + name + " (size differs)");
      }
      return content;
    } catch (DataFormatException e) {
      throw new ZipException("invalid entry " + name + ": " + e.getMessage());
    } finally {
      inflater.end();
    }
  }

  private static int length(long value, String name) throws ZipException {
    if (value < 0 || value > Integer.MAX_VALUE - 8) {
      throw new ZipException("entry " + name + " too large");
    }
    return (int) value;
  }

  private static int position(long offset, byte[] zip) throws ZipException {
    if (offset < 0 || offset >= zip.length) {
      throw new ZipException("offset out of the zip");
    }
    return (int) offset;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int i32(byte[] b, int at) {
    return u16(b, at) | u16(b, at + 2) << 16;
  }

  private static long u32(byte[] b, int at) {
    return i32(b, at) & FULL32;
  }

  private static long u64(byte[] b, int at) {
    return u32(b, at) | u32(b, at + 4) << 32;
  }
}
