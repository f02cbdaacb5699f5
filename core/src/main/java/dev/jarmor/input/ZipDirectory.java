package dev.jarmor.input;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipException;

/**
 * A zip held in memory, read through its central directory: an entry is inflated only when asked for, and each
 * entry's content is a range of the zip's own bytes ({@link EntryContent}), so that a jar is held once, at its
 * compressed size. The input jar is read so, and a nested jar of the input is held once, as the bytes the output
 * carries, instead of a second time as its inflated classes (the JDK opens a zip on demand only from a file). Reads
 * ZIP64 archives; refuses encrypted entries and compression methods other than stored and deflated, as a
 * class loader would.
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
  private static final int STORED = 0;
  private static final int DEFLATED = 8;

  private final SortedMap<String, EntryContent> entries;
  private final SortedSet<String> duplicates;

  private ZipDirectory(SortedMap<String, EntryContent> entries, SortedSet<String> duplicates) {
    this.entries = Collections.unmodifiableSortedMap(entries);
    this.duplicates = Collections.unmodifiableSortedSet(duplicates);
  }

  /** Reads the central directory of {@code zip}; of entries sharing a name, the last is kept, as a reader of the stream keeps it. */
  static ZipDirectory of(byte[] zip) throws ZipException {
    return of(zip, 0, zip.length);
  }

  /** Reads the central directory of the zip at {@code start} in {@code zip}, {@code length} bytes long. */
  static ZipDirectory of(byte[] zip, int start, int length) throws ZipException {
    try {
      return new Reader(zip, start, length).read();
    } catch (IndexOutOfBoundsException e) {
      throw new ZipException("truncated zip");
    }
  }

  /** The names of the entries, folders included, sorted. */
  Set<String> names() {
    return entries.keySet();
  }

  /** The names that more than one entry has, sorted. */
  SortedSet<String> duplicates() {
    return duplicates;
  }

  /** The content of the entry of that name as the zip holds it, not yet checked, or null when there is none. */
  EntryContent entry(String name) {
    return entries.get(name);
  }

  /** The content of the entry of that name, inflated and checked, or null when there is none. */
  byte[] read(String name) throws ZipException {
    EntryContent entry = entries.get(name);
    if (entry == null) {
      return null;
    }
    try {
      return entry.verified();
    } catch (ZipException e) {
      throw new ZipException("invalid entry " + name + " (" + e.getMessage() + ")");
    }
  }

  /** Reads one zip's central directory: offsets are relative to {@code start}, the zip's first byte in {@code zip}. */
  private static final class Reader {
    private final byte[] zip;
    private final int start;
    private final int length;

    Reader(byte[] zip, int start, int length) {
      this.zip = zip;
      this.start = start;
      this.length = length;
    }

    ZipDirectory read() throws ZipException {
      int end = findEnd();
      long count = u16(end + 10);
      long size = u32(end + 12);
      long offset = u32(end + 16);
      if (count == FULL16 || size == FULL32 || offset == FULL32) {
        int locator = end - 20;
        if (locator < 0 || i32(locator) != ZIP64_LOCATOR) {
          throw new ZipException("ZIP64 end of central directory locator missing");
        }
        int end64 = position(u64(locator + 8));
        if (i32(end64) != ZIP64_END) {
          throw new ZipException("ZIP64 end of central directory missing");
        }
        count = u64(end64 + 32);
        offset = u64(end64 + 48);
      }
      SortedMap<String, EntryContent> entries = new TreeMap<>();
      SortedSet<String> duplicates = new TreeSet<>();
      int at = position(offset);
      for (long i = 0; i < count; i++) {
        if (i32(at) != CENTRAL_HEADER) {
          throw new ZipException("bad central directory header");
        }
        int flags = u16(at + 8);
        int method = u16(at + 10);
        int nameLength = u16(at + 28);
        int extraLength = u16(at + 30);
        int commentLength = u16(at + 32);
        String name = new String(zip, start + at + 46, nameLength, StandardCharsets.UTF_8);
        if ((flags & 1) != 0) {
          throw new ZipException("encrypted entry " + name);
        }
        if (method != STORED && method != DEFLATED) {
          throw new ZipException("unsupported compression method " + method + " of " + name);
        }
        long[] sizes = {u32(at + 24), u32(at + 20), u32(at + 42)};
        readZip64Extra(at + 46 + nameLength, extraLength, sizes);
        EntryContent content = content(name, method, i32(at + 16), sizes[1], sizes[0], sizes[2]);
        if (entries.put(name, content) != null) {
          duplicates.add(name);
        }
        at += 46 + nameLength + extraLength + commentLength;
      }
      return new ZipDirectory(entries, duplicates);
    }

    /** The end of central directory record: the last one, before a comment of at most 65535 bytes. */
    private int findEnd() throws ZipException {
      for (int at = length - END_LENGTH; at >= Math.max(0, length - END_LENGTH - 0xFFFF); at--) {
        if (i32(at) == END) {
          return at;
        }
      }
      throw new ZipException("zip END header not found");
    }

    /** Replaces the size, compressed size and local header offset saturated in the header by their ZIP64 values. */
    private void readZip64Extra(int extra, int extraLength, long[] sizes) {
      for (int at = extra; at + 4 <= extra + extraLength; at += 4 + u16(at + 2)) {
        if (u16(at) == 1) {
          int value = at + 4;
          for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] == FULL32) {
              sizes[i] = u64(value);
              value += 8;
            }
          }
          return;
        }
      }
    }

    private EntryContent content(String name, int method, int crc, long compressedSize, long size, long localHeader)
        throws ZipException {
      int local = position(localHeader);
      if (i32(local) != LOCAL_HEADER) {
        throw new ZipException("bad local header of " + name);
      }
      int data = local + 30 + u16(local + 26) + u16(local + 28);
      int compressed = length(compressedSize, name);
      if (data + (long) compressed > length) {
        throw new ZipException("truncated entry " + name);
      }
      return EntryContent.inZip(zip, start + data, compressed, method == DEFLATED, length(size, name), crc);
    }

    private static int length(long value, String name) throws ZipException {
      if (value < 0 || value > Integer.MAX_VALUE - 8) {
        throw new ZipException("entry " + name + " too large");
      }
      return (int) value;
    }

    private int position(long offset) throws ZipException {
      if (offset < 0 || offset >= length) {
        throw new ZipException("offset out of the zip");
      }
      return (int) offset;
    }

    private int u16(int at) {
      if (at < 0 || at + 2 > length) {
        throw new IndexOutOfBoundsException(at);
      }
      return (zip[start + at] & 0xFF) | (zip[start + at + 1] & 0xFF) << 8;
    }

    private int i32(int at) {
      return u16(at) | u16(at + 2) << 16;
    }

    private long u32(int at) {
      return i32(at) & FULL32;
    }

    private long u64(int at) {
      return u32(at) | u32(at + 4) << 32;
    }
  }
}
