package dev.jarmor.plan;

import java.util.List;

/**
 * A string constant that names a class or member of the program and follows its new name.
 *
 * @param target what the string names (for a descriptor: the first program class in it)
 * @param text the string as the input has it
 * @param form how it spells the name
 * @param reasons why it is taken to name the target
 */
public record Adaptation(Target target, String text, NameForm form, List<Reason> reasons) {

  public Adaptation {
    reasons = List.copyOf(reasons);
  }
}
