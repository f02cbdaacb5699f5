package dev.jarmor.plan;

/**
 * An analyzer's finding that a name must stay as it is, and why.
 *
 * <p>Decisions are the only way analysis influences protection: analyzers emit them, the
 * {@link Planner} turns them into a {@link Plan}, and passes read only the Plan.
 */
public record Decision(Target target, Reason reason) {

  public static Decision keep(Target target, String source, String text) {
    return new Decision(target, new Reason(source, text));
  }
}
