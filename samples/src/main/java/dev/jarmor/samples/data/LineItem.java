package dev.jarmor.samples.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Private fields with getters, one renamed in the document by an annotation. */
public class LineItem {
  private String sku;
  @JsonProperty("qty")
  private int quantity;
  private double price;

  public String getSku() {
    return sku;
  }

  public int getQuantity() {
    return quantity;
  }

  public double getPrice() {
    return price;
  }

  double total() {
    return quantity * price;
  }
}
