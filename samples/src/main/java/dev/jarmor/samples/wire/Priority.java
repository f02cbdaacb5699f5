package dev.jarmor.samples.wire;

/**
 * Found again by name when deserialized: a stream holds the constant's name, never its fields, so
 * {@code label} may change name; URGENT's body is a class of its own that no stream names.
 */
public enum Priority {
  LOW("low"), NORMAL("normal"), URGENT("urgent") {
    @Override
    Priority escalate() {
      return this;
    }
  };

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  Priority escalate() {
    return this == LOW ? NORMAL : URGENT;
  }

  String label() {
    return label;
  }
}
