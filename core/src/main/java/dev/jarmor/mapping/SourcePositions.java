package dev.jarmor.mapping;

import java.util.List;
import java.util.Map;

/**
 * What a mapping records of the source besides names: where each method's line numbers moved, and the
 * source file each class named before its SourceFile attribute was replaced.
 *
 * @param lines moved line numbers, by original method
 * @param sourceFiles original source file names, by original internal class name
 */
public record SourcePositions(List<MethodLines> lines, Map<String, String> sourceFiles) {

  /** A plan's mapping with names only. */
  public static final SourcePositions NONE = new SourcePositions(List.of(), Map.of());

  public SourcePositions {
    lines = List.copyOf(lines);
    sourceFiles = Map.copyOf(sourceFiles);
  }
}
