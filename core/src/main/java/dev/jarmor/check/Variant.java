package dev.jarmor.check;

import dev.jarmor.ProtectOptions.Wire;

/** One protected build the check compares with the original: a protection level in a wire mode. */
public record Variant(int level, Wire wire) {

  /** How the user names it: {@code level 1, wire open}. */
  @Override
  public String toString() {
    return "level " + level + ", wire " + wire.name().toLowerCase(java.util.Locale.ROOT);
  }
}
