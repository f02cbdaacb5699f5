package dev.jarmor.verify;

/**
 * A method that does not verify.
 *
 * @param message what the analyzer said, e.g. {@code Error at instruction 4: Expected I, but found R}
 * @param frame the types of the locals and the stack before the failing instruction, as far as the analysis
 *     got, for {@code --debug}
 */
public record MethodFailure(MethodId method, String message, String frame) implements Comparable<MethodFailure> {

  @Override
  public int compareTo(MethodFailure other) {
    return method.compareTo(other.method);
  }
}
