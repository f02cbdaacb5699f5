package dev.jarmor.check;

import dev.jarmor.ProtectOptions.Wire;
import java.util.List;
import java.util.OptionalInt;

/**
 * Everything a check found: the original's runs and each variant's result, in the order the variants ran
 * (levels ascending, in each the wire modes in {@link Wire}'s order).
 */
public record CheckResult(Baseline baseline, List<VariantResult> variants) {

  public CheckResult {
    variants = List.copyOf(variants);
  }

  /** Whether every variant behaves like the original. */
  public boolean passed() {
    return variants.stream().allMatch(VariantResult::passed);
  }

  /** The highest level checked in this wire mode that behaves like the original; empty when none does. */
  public OptionalInt highestPassingLevel(Wire wire) {
    return variants.stream().filter(v -> v.variant().wire() == wire && v.passed())
        .mapToInt(v -> v.variant().level()).max();
  }
}
