package dev.jarmor;

import dev.jarmor.input.Layout;
import dev.jarmor.passes.PassLog;
import dev.jarmor.plan.Plan;

/**
 * What a protect run did: the plan it followed (names as written), how many classes it read, the
 * seed it used, what each pass changed, and the layout it read the input as and wrote the output in.
 */
public record ProtectResult(Plan plan, int classCount, long seed, PassLog passes, Layout layout) {}
