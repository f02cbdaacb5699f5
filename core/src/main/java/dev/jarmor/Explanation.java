package dev.jarmor;

import dev.jarmor.plan.Plan;
import dev.jarmor.report.PassSummary;

/**
 * What protecting with some options would do, found without writing a jar: the plan (every name and
 * why it keeps) and what the selected passes change and leave alone.
 */
public record Explanation(Plan plan, PassSummary passes) {}
