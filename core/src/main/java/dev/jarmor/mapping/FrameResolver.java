package dev.jarmor.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The name lookups behind {@link Retracer}: what a renamed class, method or field of a stack trace
 * was called in the input, independent of how a trace is spelled.
 */
final class FrameResolver {

  /** One frame of the original program; {@code line} is -1 when unknown. */
  record Frame(String className, String methodName, int line) {}

  private static final String LAMBDA_MARKER = "$$Lambda";

  private final Mapping mapping;

  FrameResolver(Mapping mapping) {
    this.mapping = mapping;
  }

  /**
   * The original name of a class in Java form, or null if the mapping does not know it. A lambda
   * class the JVM spun at run time ({@code a.b$$Lambda$14}) is named after its renamed host class.
   */
  String className(String newName) {
    ClassMapping cls = mapping.byNewName(newName);
    if (cls != null) {
      return cls.originalName();
    }
    int lambda = newName.indexOf(LAMBDA_MARKER);
    if (lambda > 0) {
      ClassMapping host = mapping.byNewName(newName.substring(0, lambda));
      return host == null ? null : host.originalName() + newName.substring(lambda);
    }
    return null;
  }

  /** The class entry of a renamed class, or null. */
  ClassMapping classMapping(String newName) {
    return mapping.byNewName(newName);
  }

  /** The class entry of an original class, or null. */
  ClassMapping classByOriginalName(String originalName) {
    return mapping.byOriginalName(originalName);
  }

  /**
   * The frames a renamed method at an output line could stand for, one list per alternative, each
   * listing innermost frame first (more than one frame where code was inlined). With a line
   * number that falls into the mapping's line ranges, only the matching lines count and the line
   * is mapped too, the narrowest range first; otherwise every method of that new name is an alternative
   * and the line is kept.
   * Empty when the class has no method of that name.
   */
  List<List<Frame>> methods(ClassMapping cls, String newName, int line) {
    List<List<MethodMapping>> chains = new ArrayList<>();
    for (List<MethodMapping> chain : cls.inlineChains()) {
      if (chain.get(0).newName().equals(newName)) {
        chains.add(chain);
      }
    }
    List<List<Frame>> alternatives = new ArrayList<>();
    if (line >= 0) {
      List<List<MethodMapping>> holding = new ArrayList<>();
      for (List<MethodMapping> chain : chains) {
        if (chain.get(0).lines() != null && chain.get(0).lines().contains(line)) {
          holding.add(chain);
        }
      }
      // where ranges overlap, the narrowest is the likeliest: a lambda's lines lie inside its host's
      holding.sort(Comparator.comparingInt(chain -> chain.get(0).lines().size()));
      for (List<MethodMapping> chain : holding) {
        alternatives.add(chain.stream()
            .map(m -> new Frame(classOf(cls, m), m.originalName(), m.originalLine(line))).toList());
      }
      if (!alternatives.isEmpty()) {
        return distinct(alternatives);
      }
    }
    // no line to go by: the method is one of the methods the code of that name is in
    for (List<MethodMapping> chain : chains) {
      MethodMapping outer = chain.get(chain.size() - 1);
      alternatives.add(List.of(new Frame(classOf(cls, outer), outer.originalName(), line)));
    }
    return distinct(alternatives);
  }

  /** The distinct original names of the fields with that new name, in mapping order. */
  List<String> fields(ClassMapping cls, String newName) {
    Set<String> names = new LinkedHashSet<>();
    for (FieldMapping field : cls.fields()) {
      if (field.newName().equals(newName) && field.originalClass() == null) {
        names.add(field.originalName());
      }
    }
    return List.copyOf(names);
  }

  /** The distinct original names of the methods with that new name, in mapping order. */
  List<String> methodNames(ClassMapping cls, String newName) {
    Set<String> names = new LinkedHashSet<>();
    for (MethodMapping method : cls.declarations()) {
      if (method.newName().equals(newName)) {
        names.add(method.originalName());
      }
    }
    return List.copyOf(names);
  }

  private static String classOf(ClassMapping cls, MethodMapping method) {
    return method.originalClass() != null ? method.originalClass() : cls.originalName();
  }

  /**
   * Alternatives without repeats: overloads renamed alike are one alternative for a reader, who
   * sees names, not descriptors.
   */
  private static List<List<Frame>> distinct(List<List<Frame>> alternatives) {
    return List.copyOf(new LinkedHashSet<>(alternatives));
  }
}
