package com.example.app.orders;

/** A record Jackson writes by its components. */
public record LineItem(String product, int quantity, long unitCents) {

  public long totalCents() {
    return quantity * unitCents;
  }
}
