package dev.jarmor.input;

/**
 * An entry of an input archive that the output carries as it was read: a nested jar, a launcher
 * class, an index file, a WAR's web content.
 *
 * @param path the entry's path in the archive
 * @param content its content, as the archive holds it
 */
public record ArchiveEntry(String path, EntryContent content) {

  /** The content, inflated when held compressed. */
  public byte[] data() {
    return content.bytes();
  }

  /**
   * Whether the archive holds it uncompressed; the output keeps it so, since Spring Boot's launcher reads a nested
   * jar in place and refuses a compressed one.
   */
  public boolean stored() {
    return !content.deflated();
  }
}
