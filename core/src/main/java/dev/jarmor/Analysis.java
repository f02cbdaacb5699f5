package dev.jarmor;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;
import dev.jarmor.plan.Plan;
import dev.jarmor.rules.NoteFilter;

/**
 * The result of reading and analysing a program: the program, its hierarchy and the plan. Holds
 * the library path open until closed.
 *
 * @param silencedNotes the classes whose notes the rules' {@code -dontnote} keeps from being warned of
 */
public record Analysis(Program program, LibraryPath libraries, Hierarchy hierarchy, Plan plan, long seed,
    NoteFilter silencedNotes) implements AutoCloseable {

  @Override
  public void close() {
    libraries.close();
  }
}
