package dev.jarmor.boundary;

import dev.jarmor.ProtectOptions.Wire;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.rules.ClassNamePattern;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which classes' wire names must stay as the unprotected build has them: all of them with
 * {@code --wire open} (but Kotlin's continuations, which no stream holds); with {@code --wire closed}, the classes matching {@code --wire-open} patterns
 * and their {@link SerializedGraph}, the classes a stream of theirs may hold.
 */
public final class WireScope {

  private static final String KOTLIN_CONTINUATION = "kotlin/coroutines/jvm/internal/BaseContinuationImpl";

  private final Wire wire;
  private final List<ClassNamePattern> openPatterns;

  public WireScope(Wire wire, List<String> openPatterns) {
    this.wire = wire;
    this.openPatterns = openPatterns.stream().map(ClassNamePattern::compile).toList();
  }

  /**
   * Classes Serializable only because a language's runtime makes its generated state objects so, which no
   * program writes to a stream: the continuations of Kotlin's suspend functions (BaseContinuationImpl is
   * Serializable). Open, they would keep their names and their enclosing classes' with them, so every class
   * with a suspend function would.
   */
  private static Set<String> runtimeStates(AnalysisContext context) {
    Set<String> states = new TreeSet<>();
    for (ProgramClass pc : context.program().classes().values()) {
      if (context.hierarchy().isSubtype(pc.name(), KOTLIN_CONTINUATION)) {
        states.add(pc.name());
      }
    }
    return states;
  }

  /** The classes of this program whose serialized form must stay readable by and from an unprotected peer. */
  OpenClasses in(AnalysisContext context) {
    if (wire == Wire.OPEN) {
      return OpenClasses.allBut(runtimeStates(context));
    }
    Map<String, String> roots = new TreeMap<>();
    for (ProgramClass pc : context.program().classes().values()) {
      openPatterns.stream().filter(p -> p.matches(pc.name())).findFirst()
          .ifPresent(p -> roots.put(pc.name(), "--wire-open " + p));
    }
    Map<String, String> open = new TreeMap<>(roots);
    open.putAll(SerializedGraph.reachedFrom(context, roots));
    return OpenClasses.of(open);
  }
}
