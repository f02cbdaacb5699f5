package dev.jarmor.mapping;

import java.util.List;

/**
 * One method line of a mapping: {@code [12:34:]java.util.List list(int,java.lang.String)[:56:78] -> d}.
 *
 * <p>The line ranges are optional. When present, {@code lines} are the line numbers the output
 * code carries, and {@code originalLines} the source lines they stand for (absent: the same
 * numbers). Several lines with the same new name and the same {@code lines} form an inline chain,
 * innermost call first: see {@link ClassMapping#declarations()}.
 *
 * @param lines the output's line numbers this line covers, or null
 * @param returnType the return type in Java source form with original class names
 * @param originalClass the class of the original method when it is not the class the line is
 *     listed under (code inlined from another class: {@code void com.acme.Util.check() -> a}), else null
 * @param originalName the method's name in the input
 * @param parameters the parameter types in Java source form with original class names
 * @param originalLines the source lines {@code lines} stand for, or null
 * @param newName the method's name in the output
 */
public record MethodMapping(LineRange lines, String returnType, String originalClass, String originalName,
    List<String> parameters, LineRange originalLines, String newName) {

  public MethodMapping {
    parameters = List.copyOf(parameters);
  }

  /** A method declared in the class it is listed under, without line numbers. */
  public MethodMapping(String returnType, String originalName, List<String> parameters, String newName) {
    this(null, returnType, null, originalName, parameters, null, newName);
  }

  /** The method's descriptor, e.g. {@code (ILjava/lang/String;)Ljava/util/List;}. */
  public String descriptor() {
    StringBuilder descriptor = new StringBuilder("(");
    parameters.forEach(p -> descriptor.append(JavaTypes.descriptor(p)));
    return descriptor.append(')').append(JavaTypes.descriptor(returnType)).toString();
  }

  public boolean renamed() {
    return !originalName.equals(newName);
  }

  /**
   * The source line an output line number stands for, or -1 when the mapping says it is not known:
   * shifted by the same offset when both ranges are given and {@code line} is in {@code lines}; the one
   * original line when that range is a single line (R8 writes a caller's position so); {@code line}
   * itself when there is no original range. Unknown: one output line standing for a range of several
   * (a method whose lines were reduced to one), or an original range of line 0 (a method that had none).
   */
  public int originalLine(int line) {
    if (originalLines == null) {
      return line;
    }
    if (originalLines.end() == 0 || lines != null && lines.size() == 1 && originalLines.size() > 1) {
      return -1;
    }
    if (lines == null || originalLines.size() == 1 || !lines.contains(line)) {
      return originalLines.start();
    }
    return Math.min(originalLines.start() + (line - lines.start()), originalLines.end());
  }
}
