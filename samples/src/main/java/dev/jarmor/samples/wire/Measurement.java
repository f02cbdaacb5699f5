package dev.jarmor.samples.wire;

import java.io.Serializable;

/** A record crosses the wire by its component names and is rebuilt through its canonical constructor. */
public record Measurement(String unit, double value) implements Serializable {
  public Measurement {
    if (unit.isEmpty()) {
      throw new IllegalArgumentException("unit");
    }
  }

  Measurement scaled(double factor) {
    return new Measurement(unit, value * factor);
  }
}
