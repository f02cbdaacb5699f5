package shop.domain;

public record Item(String name, int quantity, long unitPrice) {
  public Item {
    if (quantity < 0) {
      throw new IllegalArgumentException("negative");
    }
  }

  public long cost() {
    return quantity * unitPrice;
  }
}
