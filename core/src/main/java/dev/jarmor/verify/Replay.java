package dev.jarmor.verify;

import dev.jarmor.input.Program;

/** The protection's passes, run again on the input: how verification finds the pass that broke a method. */
@FunctionalInterface
public interface Replay {

  /** Runs the passes in order, handing each one's result to {@code afterEach} for as long as it returns true. */
  void run(AfterPass afterEach);

  /** What is handed over after each pass. */
  @FunctionalInterface
  interface AfterPass {

    /**
     * @param renamed whether the program has the output's names (renaming has run) or still the input's
     * @return whether to go on with the next pass
     */
    boolean next(String pass, Program program, boolean renamed);
  }
}
