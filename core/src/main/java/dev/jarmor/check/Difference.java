package dev.jarmor.check;

/**
 * One way a variant's run differs from the original's, in original names.
 *
 * @param where what differs: {@code command 1 exit status}, {@code command 2 stdout line 4}, {@code file out.txt}
 * @param original what the original gave there ({@code (none)} when it gave nothing)
 * @param variant what the variant gave there, retraced
 * @param trace the first stack trace in the variant's stream from that line on, retraced; null when there is none
 */
public record Difference(String where, String original, String variant, String trace) {

  /** One line: {@code command 1 exit status: 1, original 0}. */
  @Override
  public String toString() {
    return where + ": " + variant + ", original " + original;
  }
}
