package com.shopco.orders.model;

public class LineItem {
  private final String product;
  private final int quantity;

  public LineItem(String product, int quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
    this.product = product;
    this.quantity = quantity;
  }

  public String product() {
    return product;
  }

  public int quantity() {
    return quantity;
  }
}
