package dev.jarmor.plan;

import dev.jarmor.hierarchy.MemberRef;

/**
 * Names an earlier release gave (from {@code --apply-mapping}), reused for whatever still exists so
 * that a patch release keeps its predecessor's names. Every method returns null where there is no
 * earlier name.
 */
public interface PriorNames {

  PriorNames NONE = new PriorNames() {};

  /** The earlier new internal name of a class. */
  default String className(String internalName) {
    return null;
  }

  /** The earlier new name of a field declaration. */
  default String fieldName(MemberRef field) {
    return null;
  }

  /** The earlier new name of a method declaration. */
  default String methodName(MemberRef method) {
    return null;
  }
}
