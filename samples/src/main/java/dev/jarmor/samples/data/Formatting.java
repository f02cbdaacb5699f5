package dev.jarmor.samples.data;

import java.util.Locale;

/** Crosses no boundary: a protector may rename it freely. */
final class Formatting {
  private Formatting() {}

  static String money(double amount) {
    return String.format(Locale.ROOT, "%.2f", amount);
  }
}
