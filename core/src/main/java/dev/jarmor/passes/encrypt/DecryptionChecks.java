package dev.jarmor.passes.encrypt;

import dev.jarmor.plan.Plan;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * What the run-time checks woven into the program ({@code --license}, {@code --guard}) give its encrypted code: the
 * checks it passes before a class's code is decrypted, and the part of every class's key that the licence holds.
 *
 * @param checks static methods of the program, by input names, each taking the class whose code is decrypted and
 *     returning its part of the key (an empty array for none): the runtime's bootstrap calls them in order
 * @param heldKey the parts they return together, as this build knows them: the licence's content key, or empty
 * @param keyCheck the one of them that returns the held key, or null where it is empty
 * @param classes the checks' own classes, by input name: never encrypted, since decrypting calls them
 */
public record DecryptionChecks(List<Handle> checks, byte[] heldKey, Handle keyCheck, Set<String> classes) {

  /** A program without run-time checks. */
  public static final DecryptionChecks NONE = new DecryptionChecks(List.of(), new byte[0], null, Set.of());

  public DecryptionChecks {
    checks = List.copyOf(checks);
    heldKey = heldKey.clone();
    classes = Set.copyOf(classes);
  }

  @Override
  public byte[] heldKey() {
    return heldKey.clone();
  }

  /** The checks' methods, by their output names. */
  public List<Handle> checks(Plan plan) {
    return checks.stream().map(check -> inOutput(check, plan)).toList();
  }

  /** The check that returns the held key, by its output names; null where there is none. */
  public Handle keyCheck(Plan plan) {
    return keyCheck == null ? null : inOutput(keyCheck, plan);
  }

  private static Handle inOutput(Handle check, Plan plan) {
    String owner = check.getOwner();
    return new Handle(Opcodes.H_INVOKESTATIC, plan.className(owner), plan.methodName(owner, check.getName(),
        check.getDesc()), plan.descriptor(check.getDesc()), false);
  }
}
