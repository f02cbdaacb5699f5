package dev.jarmor.hierarchy;

/** A member declaration: its owner's internal name, its name and descriptor. */
public record MemberRef(String owner, String name, String descriptor) implements Comparable<MemberRef> {

  @Override
  public int compareTo(MemberRef other) {
    int c = owner.compareTo(other.owner);
    if (c == 0) {
      c = name.compareTo(other.name);
    }
    return c != 0 ? c : descriptor.compareTo(other.descriptor);
  }

  @Override
  public String toString() {
    return owner.replace('/', '.') + "." + name + descriptor;
  }
}
