package dev.jarmor.mapping;

/**
 * An inclusive range of source line numbers, as in a mapping's {@code 12:34:} prefix or
 * {@code :56:78} suffix.
 */
public record LineRange(int start, int end) {

  public LineRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad line range " + start + ":" + end);
    }
  }

  /** A range of one line. */
  public static LineRange of(int line) {
    return new LineRange(line, line);
  }

  public boolean contains(int line) {
    return line >= start && line <= end;
  }

  /** The number of lines in the range. */
  public int size() {
    return end - start + 1;
  }

  /** {@code start:end}, as the mapping format writes it. */
  @Override
  public String toString() {
    return start + ":" + end;
  }
}
