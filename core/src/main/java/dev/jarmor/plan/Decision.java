package dev.jarmor.plan;

import java.util.Set;

/**
 * An analyzer's finding about one name, and why: the name must stay as it is (a constant of the
 * program's API with its value), a string constant that spells it must follow its new name, or a
 * class's serialVersionUID must be pinned to the value its original form had.
 *
 * <p>Decisions are the only way analysis influences protection: analyzers emit them, the
 * {@link Planner} turns them into a {@link Plan}, and passes read only the Plan.
 */
public record Decision(Target target, Reason reason, Action action) {

  /** What the decision asks for. */
  public sealed interface Action {}

  /** The target keeps its name. */
  public record Keep() implements Action {}

  /**
   * The target, a {@code static final} field of the program's API, keeps its name and its compile-time
   * constant value: code compiled against the program copies the value and may {@code switch} on it, so
   * no pass may turn it into a field assigned at run time.
   */
  public record KeepConstant() implements Action {}

  /**
   * The class's stream identity stays what it was: its serialVersionUID is the given value, written
   * as an explicit field where the class has none, whatever later passes add or rename.
   */
  public record PinSerialVersion(long value) implements Action {}

  /**
   * The string constant at {@code site}, which reads {@code text}, names the target and must spell
   * its new name, in the same form. Where the string cannot follow (two findings disagree on what it
   * names), the planner keeps the names instead.
   */
  public record Adapt(ConstantSite site, String text, NameForm form) implements Action {}

  /**
   * Nothing to do, but something the user should know about the target: a lookup by name whose name
   * the analysis could not tell, which only a rule can cover. The planner drops it where every name
   * the lookup can find keeps its name anyway (a user's rule covers it).
   *
   * @param finds the program's names the lookup can find as far as the code shows; empty where it
   *     shows nothing (the note then always holds)
   */
  public record Note(Set<Target> finds) implements Action {

    public Note {
      finds = Set.copyOf(finds);
    }
  }

  private static final Action KEEP = new Keep();
  private static final Action KEEP_CONSTANT = new KeepConstant();

  public static Decision keep(Target target, String source, String text) {
    return new Decision(target, new Reason(source, text), KEEP);
  }

  public static Decision keepConstant(Target.FieldTarget field, String source, String text) {
    return new Decision(field, new Reason(source, text), KEEP_CONSTANT);
  }

  public static Decision note(Target target, String source, String text, Set<Target> finds) {
    return new Decision(target, new Reason(source, text), new Note(finds));
  }

  public static Decision adapt(Target target, ConstantSite site, String text, NameForm form, String source,
      String reason) {
    return new Decision(target, new Reason(source, reason), new Adapt(site, text, form));
  }

  public static Decision pinSerialVersion(String className, long value, String source, String text) {
    return new Decision(Target.ofClass(className), new Reason(source, text), new PinSerialVersion(value));
  }
}
