package dev.jarmor.check;

import java.util.List;

/**
 * How one {@code --run} sequence of a variant compared with the original's.
 *
 * @param sequence the sequence's index, from 0
 * @param mix which builds ran its commands
 * @param differences the first differences found, empty when it behaved like the original
 */
public record SequenceResult(int sequence, Mix mix, List<Difference> differences) {

  /** Which build runs which command of a sequence. */
  public enum Mix {
    /** Every command runs the protected build. */
    PROTECTED("protected"),
    /** The first command runs the original, the rest the protected build: data the original wrote, read. */
    ORIGINAL_FIRST("original then protected"),
    /** The first command runs the protected build, the rest the original. */
    PROTECTED_FIRST("protected then original");

    private final String text;

    Mix(String text) {
      this.text = text;
    }

    /** Whether the command at {@code index} runs the protected build. */
    boolean protectedAt(int index) {
      return this == PROTECTED || (this == ORIGINAL_FIRST) == (index > 0);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  public SequenceResult {
    differences = List.copyOf(differences);
  }

  public boolean passed() {
    return differences.isEmpty();
  }

  /** {@code sequence 1} or {@code sequence 1, original then protected}, numbered from 1 as users count. */
  public String name() {
    return name(sequence, mix);
  }

  static String name(int sequence, Mix mix) {
    return "sequence " + (sequence + 1) + (mix == Mix.PROTECTED ? "" : ", " + mix);
  }
}
