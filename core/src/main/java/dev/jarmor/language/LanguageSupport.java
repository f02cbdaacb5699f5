package dev.jarmor.language;

import dev.jarmor.boundary.Boundary;
import dev.jarmor.boundary.WireScope;
import dev.jarmor.input.Resource;
import dev.jarmor.plan.Plan;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.objectweb.asm.ClassVisitor;

/**
 * What a language compiled to the JVM adds to protection: the boundaries its runtime crosses by name, and the
 * rewrite of the names its compiler records beside the bytecode (Kotlin's metadata annotation and module files).
 * An implementation lives in a module of its own, with its own dependencies, and is found by {@link Languages}
 * through {@link java.util.ServiceLoader}; it recognises its classes from the bytecode, so no option selects it.
 * What it may be asked to do differently it declares as {@link #options()}, which reach it as the user gave them.
 */
public interface LanguageSupport {

  /** A short id naming the language, e.g. {@code kotlin}. */
  String id();

  /** The analyzers for the boundaries this language's runtime crosses, run after the built-in ones. */
  List<Boundary> boundaries(WireScope wire);

  /**
   * The options this language takes, by name (spelled as the command line's option without its dashes), each
   * with the values it accepts, its default first. None by default.
   */
  default Map<String, List<String>> options() {
    return Map.of();
  }

  /**
   * A visitor placed before the rename pass's remapper: it sees each class with its input names and passes it
   * on, rewriting what the remapper cannot (names held in annotation strings) so that they follow {@code plan}.
   * {@code options} are the language options the user gave ({@link dev.jarmor.ProtectOptions#languageOptions()},
   * already checked), those of other languages included. Returns {@code next} when it has nothing to do.
   */
  ClassVisitor renameAdapter(ClassVisitor next, Plan plan, SortedMap<String, String> options);

  /** The resource with the names it holds following {@code plan}, or {@code resource} itself if it holds none. */
  Resource adaptResource(Resource resource, Plan plan);

  /**
   * One resource holding what two inputs' resources of the same path hold, where this language's compiler writes
   * one of that path per compilation (a program and its tests, compiled as one Kotlin module, each get a module
   * file), or null when it writes no such resource: the input reader then keeps the first. None by default.
   */
  default Resource merge(Resource first, Resource second) {
    return null;
  }
}
