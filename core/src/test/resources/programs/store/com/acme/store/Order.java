package com.acme.store;

import java.io.Serializable;

public class Order implements Serializable {
  private final String item;
  private final int quantity;

  public Order(String item, int quantity) {
    this.item = item;
    this.quantity = quantity;
  }

  @Override
  public String toString() {
    return quantity + " x " + item;
  }
}
