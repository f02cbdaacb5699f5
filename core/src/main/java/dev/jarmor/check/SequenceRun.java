package dev.jarmor.check;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one {@code --run} sequence did in its working directory.
 *
 * @param commands each command's outcome, in order
 * @param files every file in the working directory once the sequence ended, by path relative to it ({@code /}
 *     separated), with the SHA-256 of its content
 */
public record SequenceRun(List<CommandOutcome> commands, SortedMap<String, String> files) {

  public SequenceRun {
    commands = List.copyOf(commands);
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }
}
