package com.example.geometry;

import java.util.Locale;

/** The library's own helper, no part of its API: renamed in a library protected as one. */
final class Decimals {

  private Decimals() {}

  static String twoPlaces(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
