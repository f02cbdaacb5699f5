package dev.jarmor.report;

import dev.jarmor.passes.PassLog;
import dev.jarmor.passes.Pipeline;
import java.util.List;

/**
 * The level a run was given, the passes it selected and what they did, for the report. An explain
 * run, which transforms nothing, has an empty log: its report lists what each pass would run at.
 */
public record PassSummary(int level, List<Pipeline.Step> selected, PassLog log) {

  /** The summary of a run that analyses only: what protecting with these options would run. */
  public static PassSummary analysisOnly(dev.jarmor.ProtectOptions options) {
    return new PassSummary(options.level(), Pipeline.selected(options), new PassLog());
  }
}
