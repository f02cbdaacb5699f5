package dev.jarmor.boundary;

import dev.jarmor.ProtectOptions.Wire;
import dev.jarmor.rules.ClassNamePattern;
import java.util.List;

/**
 * Which classes' wire names must stay as the unprotected build has them: all of them with
 * {@code --wire open}, only those matching {@code --wire-open} patterns with {@code --wire closed}.
 */
public final class WireScope {

  private final Wire wire;
  private final List<ClassNamePattern> openPatterns;

  public WireScope(Wire wire, List<String> openPatterns) {
    this.wire = wire;
    this.openPatterns = openPatterns.stream().map(ClassNamePattern::compile).toList();
  }

  /** Whether the class's serialized form must stay readable by and from an unprotected peer. */
  public boolean isOpen(String internalName) {
    return wire == Wire.OPEN || openPatterns.stream().anyMatch(p -> p.matches(internalName));
  }

  /** How a reason names the option that made a name stay. */
  String option() {
    return wire == Wire.OPEN ? "--wire open" : "--wire-open";
  }
}
