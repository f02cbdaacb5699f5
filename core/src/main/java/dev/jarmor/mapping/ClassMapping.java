package dev.jarmor.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One class block of a mapping: the class line {@code com.acme.Foo -> a.b:} and its member lines,
 * in file order.
 *
 * @param originalName the class's name in the input, in Java form ({@code com.acme.Foo$Inner})
 * @param newName the class's name in the output, in Java form
 * @param sourceFile the source file R8 recorded for the class ({@code # {"id":"sourceFile",...}}), or null
 */
public record ClassMapping(String originalName, String newName, String sourceFile, List<FieldMapping> fields,
    List<MethodMapping> methods) {

  public ClassMapping {
    Objects.requireNonNull(originalName);
    Objects.requireNonNull(newName);
    fields = List.copyOf(fields);
    methods = List.copyOf(methods);
  }

  public boolean renamed() {
    return !originalName.equals(newName);
  }

  /**
   * The method lines that stand for a method of this class itself, leaving out the lines that
   * describe code inlined into it. In an inline chain (consecutive lines with the same new name
   * and the same output line range) every line but the last describes an inlined callee; the last
   * is the method the code is in. Lines naming another class are left out too.
   */
  public List<MethodMapping> declarations() {
    List<MethodMapping> result = new ArrayList<>();
    for (List<MethodMapping> chain : inlineChains()) {
      MethodMapping outer = chain.get(chain.size() - 1);
      if (outer.originalClass() == null || outer.originalClass().equals(originalName)) {
        result.add(outer);
      }
    }
    return result;
  }

  /**
   * The method lines grouped into inline chains, innermost call first; a line without line
   * numbers, or not part of an inline chain, is a chain of one.
   */
  public List<List<MethodMapping>> inlineChains() {
    List<List<MethodMapping>> chains = new ArrayList<>();
    List<MethodMapping> current = new ArrayList<>();
    for (MethodMapping method : methods) {
      if (!current.isEmpty() && !continues(current.get(current.size() - 1), method)) {
        chains.add(List.copyOf(current));
        current.clear();
      }
      current.add(method);
    }
    if (!current.isEmpty()) {
      chains.add(List.copyOf(current));
    }
    return chains;
  }

  private static boolean continues(MethodMapping previous, MethodMapping next) {
    return previous.lines() != null && previous.lines().equals(next.lines())
        && previous.newName().equals(next.newName());
  }
}
