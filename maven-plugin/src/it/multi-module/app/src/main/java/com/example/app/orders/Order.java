package com.example.app.orders;

import java.util.List;
import java.util.Objects;

/** Written and read by Jackson through its getters and setters: its property names must stay. */
public class Order {

  private String id;
  private List<LineItem> items;

  public Order() {}

  public Order(String id, List<LineItem> items) {
    this.id = id;
    this.items = items;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<LineItem> getItems() {
    return items;
  }

  public void setItems(List<LineItem> items) {
    this.items = items;
  }

  public long totalCents() {
    return items.stream().mapToLong(LineItem::totalCents).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Order other && id.equals(other.id) && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, items);
  }
}
