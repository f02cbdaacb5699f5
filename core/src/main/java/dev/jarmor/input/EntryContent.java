package dev.jarmor.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The content of one entry as jarmor holds it: as its input archive stores it, deflated or not, as a range of the
 * archive's bytes. A resource or class file that no pass changes is thus held at its compressed size, inflated only
 * when something reads it, and written to the output as the compressed bytes it came with: on a large input, holding
 * every entry inflated and deflating it again on the way out cost more memory and time than anything but the trees.
 */
public final class EntryContent {

  private static final EntryContent EMPTY = of(new byte[0]);

  private final byte[] array;
  private final int offset;
  private final int length;
  private final boolean deflated;
  /** The inflated size. */
  private final int size;
  /** The CRC-32 of the inflated content, as a zip records it. */
  private final int crc;

  private EntryContent(byte[] array, int offset, int length, boolean deflated, int size, int crc) {
    this.array = array;
    this.offset = offset;
    this.length = length;
    this.deflated = deflated;
    this.size = size;
    this.crc = crc;
  }

  /** Content held as it is: {@code data} is shared, never changed. */
  public static EntryContent of(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return new EntryContent(data, 0, data.length, false, data.length, (int) crc.getValue());
  }

  /** No content: a folder. */
  public static EntryContent empty() {
    return EMPTY;
  }

  /** Content held deflated: {@code compressed} (raw deflate data, shared) inflates to {@code size} bytes of that CRC-32. */
  public static EntryContent deflated(byte[] compressed, int size, int crc) {
    return new EntryContent(compressed, 0, compressed.length, true, size, crc);
  }

  /**
   * {@code data} deflated as a zip entry is, at the default level: what the output writes for content a pass made,
   * made as soon as the content is, so that a large output is held compressed rather than twice.
   */
  public static EntryContent deflate(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return deflated(out.toByteArray(), data.length, (int) crc.getValue());
    } finally {
      deflater.end();
    }
  }

  /**
   * Content stored in {@code zip} at {@code offset}, as the archive's central directory describes it; not checked
   * until {@link #verified()}.
   */
  static EntryContent inZip(byte[] zip, int offset, int length, boolean deflated, int size, int crc) {
    return new EntryContent(zip, offset, length, deflated, size, crc);
  }

  /**
   * The content, inflated and checked against the size and CRC-32 its archive records: what a reader of the input
   * calls once on every entry, so that a damaged archive is refused when read rather than copied to the output.
   */
  public byte[] verified() throws ZipException {
    byte[] content;
    try {
      content = inflate();
    } catch (DataFormatException e) {
      throw new ZipException(e.getMessage());
    }
    CRC32 check = new CRC32();
    check.update(content);
    if (content.length != size || (int) check.getValue() != crc) {
      throw new ZipException("CRC or size differs");
    }
    return content;
  }

  /**
   * The content, inflated when held deflated. The array is shared when the content is held as a whole array: readers
   * never change it.
   */
  public byte[] bytes() {
    try {
      return inflate();
    } catch (DataFormatException e) {
      // verified when read, and held unchanged since
      throw new IllegalStateException("entry content damaged in memory", e);
    }
  }

  private byte[] inflate() throws DataFormatException {
    if (!deflated) {
      return offset == 0 && length == array.length ? array : Arrays.copyOfRange(array, offset, offset + length);
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(array, offset, length);
      byte[] content = new byte[size];
      int filled = 0;
      while (filled < size && !inflater.finished()) {
        int n = inflater.inflate(content, filled, size - filled);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        filled += n;
      }
      return filled == size ? content : Arrays.copyOf(content, filled);
    } finally {
      inflater.end();
    }
  }

  /** Whether the content is held deflated, as {@link #writeHeld} writes it. */
  public boolean deflated() {
    return deflated;
  }

  /** Writes the content as held: deflated when {@link #deflated()}. */
  public void writeHeld(OutputStream out) throws IOException {
    out.write(array, offset, length);
  }

  /** The length of the content as held. */
  public int heldLength() {
    return length;
  }

  /** The zip this content holds, read in place when it is held as it is, else inflated first. */
  ZipDirectory asZip() throws ZipException {
    return deflated ? ZipDirectory.of(bytes()) : ZipDirectory.of(array, offset, length);
  }

  /** The inflated size. */
  public int size() {
    return size;
  }

  /** The CRC-32 of the inflated content. */
  public int crc() {
    return crc;
  }
}
