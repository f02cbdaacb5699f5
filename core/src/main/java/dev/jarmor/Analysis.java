package dev.jarmor;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;
import dev.jarmor.passes.checks.CheckRuntime;
import dev.jarmor.plan.Plan;
import dev.jarmor.rules.ClassFilter;
import java.util.List;

/**
 * The result of reading and analysing a program: the program, its hierarchy and the plan. Holds
 * the library path open until closed.
 *
 * @param silencedNotes the classes whose notes the rules' {@code -dontnote} keeps from being warned of
 * @param excludePatterns the rules' {@code -exclude} patterns, which the code passes' scope adds to {@code --exclude}'s
 * @param checks the run-time checks' classes in the program ({@code --license}, {@code --guard}), or null
 */
public record Analysis(Program program, LibraryPath libraries, Hierarchy hierarchy, Plan plan, long seed,
    ClassFilter silencedNotes, List<String> excludePatterns, CheckRuntime checks) implements AutoCloseable {

  public Analysis {
    excludePatterns = List.copyOf(excludePatterns);
  }

  @Override
  public void close() {
    libraries.close();
  }
}
