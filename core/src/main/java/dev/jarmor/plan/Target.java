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
    int c = owner().compareTo(other.owner());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(rank(), other.rank());
    return c != 0 ? c : toString().compareTo(other.toString());
  }

  private int rank() {
    return this instanceof PackageTarget ? -1 : this instanceof ClassTarget ? 0 : this instanceof FieldTarget ? 1 : 2;
  }
}
