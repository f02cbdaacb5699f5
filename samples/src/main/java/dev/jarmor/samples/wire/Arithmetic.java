package dev.jarmor.samples.wire;

import java.util.List;

/** Crosses no boundary: nothing finds it by name, so protection renames it. */
final class Arithmetic {
  private Arithmetic() {}

  static int total(List<Integer> values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }
}
