package com.shopco.orders.model;

import java.util.List;

public class Order {
  private final List<LineItem> items;

  public Order(List<LineItem> items) {
    this.items = items;
  }

  public String summary() {
    return new Summary(items.size()).text();
  }

  static final class Summary {
    private final int count;

    Summary(int count) {
      if (count == 0) {
        throw new IllegalStateException("an order without items");
      }
      this.count = count;
    }

    String text() {
      return count + " items";
    }
  }
}
