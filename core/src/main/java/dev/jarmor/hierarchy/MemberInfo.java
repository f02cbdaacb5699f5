package dev.jarmor.hierarchy;

import java.util.List;

/**
 * A field or method as the hierarchy sees it: name, descriptor, access flags and annotation types.
 *
 * @param annotations descriptors of the annotations on the member (visible and invisible)
 */
public record MemberInfo(String name, String descriptor, int access, List<String> annotations) {

  public MemberInfo {
    annotations = List.copyOf(annotations);
  }

  /** {@code name + descriptor}, the key the JVM resolves members by. */
  public String key() {
    return name + descriptor;
  }

  public boolean is(int flag) {
    return (access & flag) != 0;
  }
}
