/**
 * The plan: what every package, class and member becomes, which strings follow a new name and where
 * they are, and why each kept name is kept. {@link dev.jarmor.plan.Planner} turns
 * {@link dev.jarmor.plan.Decision}s into an immutable {@link dev.jarmor.plan.Plan}; passes read only
 * the plan.
 */
package dev.jarmor.plan;
