package dev.jarmor.plan;

import dev.jarmor.hierarchy.MemberRef;

/**
 * What a {@link Decision} is about: a package, a class, a field or a method (and with it, its
 * family).
 */
public sealed interface Target extends Comparable<Target> {

  /** A package, by internal name ({@code com/acme}); keeping it keeps its name, not its classes'. */
  record PackageTarget(String name) implements Target {
    @Override
    public String toString() {
      return "package " + name.replace('/', '.');
    }

    @Override
    public String owner() {
      return name;
    }
  }

  /** A class, by internal name. */
  record ClassTarget(String name) implements Target {
    @Override
    public String toString() {
      return name.replace('/', '.');
    }
  }

  /** A field declaration. */
  record FieldTarget(MemberRef ref) implements Target {
    @Override
    public String toString() {
      return ref.toString();
    }
  }

  /** A method declaration; keeping one keeps every member of its family. */
  record MethodTarget(MemberRef ref) implements Target {
    @Override
    public String toString() {
      return ref.toString();
    }
  }

  static Target ofPackage(String internalName) {
    return new PackageTarget(internalName);
  }

  static Target ofClass(String internalName) {
    return new ClassTarget(internalName);
  }

  static Target ofField(String owner, String name, String descriptor) {
    return new FieldTarget(new MemberRef(owner, name, descriptor));
  }

  static Target ofMethod(String owner, String name, String descriptor) {
    return new MethodTarget(new MemberRef(owner, name, descriptor));
  }

  /** The internal name of the class this target is or belongs to (a package: the package). */
  default String owner() {
    if (this instanceof ClassTarget c) {
      return c.name();
    }
    return this instanceof FieldTarget f ? f.ref().owner() : ((MethodTarget) this).ref().owner();
  }

  @Override
  default int compareTo(Target other) {
    String owner = owner();
    String otherOwner = other.owner();
    // members of one class mostly share its name's very string: most comparisons end here
    int c = owner == otherOwner ? 0 : owner.compareTo(otherOwner);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(rank(), other.rank());
    if (c != 0 || rank() < 1) {
      return c;
    }
    // one owner: as name + descriptor compare as one text, without making it (the planner sorts every keep)
    MemberRef a = member();
    MemberRef b = other.member();
    return JoinedText.compare(a.name(), a.descriptor(), b.name(), b.descriptor());
  }

  private MemberRef member() {
    return this instanceof FieldTarget f ? f.ref() : ((MethodTarget) this).ref();
  }

  private int rank() {
    return this instanceof PackageTarget ? -1 : this instanceof ClassTarget ? 0 : this instanceof FieldTarget ? 1 : 2;
  }
}
