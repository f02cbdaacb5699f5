package dev.jarmor;

import dev.jarmor.plan.Plan;

/** What a protect run did: the plan it followed, how many classes it read, and the seed it used. */
public record ProtectResult(Plan plan, int classCount, long seed) {}
