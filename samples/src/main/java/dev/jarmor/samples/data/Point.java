package dev.jarmor.samples.data;

/** A record: its components are its properties. */
public record Point(int x, int y) {
  double length() {
    return Math.sqrt(x * x + y * y);
  }
}
