package dev.jarmor.hierarchy;

import java.util.List;
import java.util.Set;

/**
 * A field or method as the hierarchy sees it: name, descriptor, access flags and annotation types.
 *
 * @param annotations descriptors of the annotations on the member (visible and invisible)
 */
public record MemberInfo(String name, String descriptor, int access, List<String> annotations) {

  /**
   * The JDK's annotations that say a method is not reached through a method handle as through a call instruction:
   * caller-sensitive methods (Java 8's marker and later JDKs'), which look at who calls them, and
   * signature-polymorphic ones, whose descriptor is each call's own. A library method's annotations are these only.
   */
  static final Set<String> CALL_SENSITIVE = Set.of("Lsun/reflect/CallerSensitive;",
      "Ljdk/internal/reflect/CallerSensitive;", "Ljava/lang/invoke/MethodHandle$PolymorphicSignature;");

  public MemberInfo {
    annotations = List.copyOf(annotations);
  }

  /** {@code name + descriptor}, the key the JVM resolves members by. */
  public String key() {
    return name + descriptor;
  }

  /** Whether the JDK marks the method as one a call reaches otherwise than its method handle does. */
  public boolean isCallSensitive() {
    return annotations.stream().anyMatch(CALL_SENSITIVE::contains);
  }

  public boolean is(int flag) {
    return (access & flag) != 0;
  }
}
