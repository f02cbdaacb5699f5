package dev.jarmor.samples.data;

/**
 * Written by name: Jackson writes an enum as its constant's name, so {@code label} and its getter are
 * no properties of any document.
 */
public enum Status {
  NEW("new"), SHIPPED("shipped"), DELIVERED("delivered");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
