package dev.jarmor.samples.data;

import java.util.ArrayList;
import java.util.List;

/** A JavaBean: Jackson finds its properties through getters and setters. */
public class Order {
  private long id;
  private Customer customer;
  private List<LineItem> items = new ArrayList<>();
  private Status status;

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public void setCustomer(Customer customer) {
    this.customer = customer;
  }

  public List<LineItem> getItems() {
    return items;
  }

  public void setItems(List<LineItem> items) {
    this.items = items;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  double total() {
    return items.stream().mapToDouble(LineItem::total).sum();
  }
}
