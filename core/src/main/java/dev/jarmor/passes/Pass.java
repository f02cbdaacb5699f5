package dev.jarmor.passes;

import dev.jarmor.input.Program;

/**
 * One transformation of the program. A pass reads the {@link dev.jarmor.plan.Plan} in its
 * {@link PassContext} for every decision it needs and returns a new {@link Program}; it never
 * changes the one it is given and never decides what is kept.
 */
public interface Pass {

  /** A short name, for progress and the report. */
  String name();

  Program apply(Program program, PassContext context);

  /**
   * Whether the pass runs while the program still has the input's names (the pins, renaming itself): it is
   * given no {@link OutputModel}, which describes the program once renaming has run.
   */
  default boolean beforeOutputNames() {
    return false;
  }
}
