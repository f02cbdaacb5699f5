package dev.jarmor;

import dev.jarmor.passes.PassLog;
import dev.jarmor.plan.Plan;

/**
 * What a protect run did: the plan it followed (names as written), how many classes it read, the
 * seed it used and what each pass changed.
 */
public record ProtectResult(Plan plan, int classCount, long seed, PassLog passes) {}
