package dev.jarmor.rename;

/**
 * An endless, deterministic sequence of candidate names. The planner asks for candidates by index
 * and takes the first that does not collide, so the same index always gives the same name.
 */
public interface NameGenerator {

  /** The candidate at that index (0-based); never null, never empty, never the same for two indexes. */
  String name(int index);

  /** The names of packages, which are also folders and, in a module descriptor, must be Java identifiers. */
  default NameGenerator forPackages() {
    return this;
  }
}
