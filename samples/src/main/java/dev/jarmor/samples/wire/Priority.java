package dev.jarmor.samples.wire;

/** Found again by name when deserialized. */
public enum Priority {
  LOW, NORMAL, URGENT;

  Priority escalate() {
    return this == LOW ? NORMAL : URGENT;
  }
}
