package dev.jarmor.boundary;

import dev.jarmor.plan.Decision;
import java.util.function.Consumer;

/**
 * One kind of place where a name crosses from the program to something that finds it again by
 * name (the JVM's entry points, native code, a library, a user's rule, ...). An analyzer reads the
 * program and its hierarchy and emits a {@link Decision} with a reason for each name that must stay.
 *
 * <p>Analyzers never change the program. A new kind of boundary is a new implementation registered
 * in {@link Boundaries}.
 */
public interface Boundary {

  /** A short id, shown as the source of every reason this analyzer gives. */
  String id();

  /** Emits the decisions this analyzer finds. */
  void analyze(AnalysisContext context, Consumer<Decision> decisions);
}
