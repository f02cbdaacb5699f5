package com.example.shop.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Bound from application.properties by its setters' names: shop.name, shop.discount-percent. */
@ConfigurationProperties("shop")
public class ShopProperties {

  private String name = "Shop";
  private String currency = "USD";
  private int discountPercent;
  private int bulkQuantity = 10;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public int getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(int discountPercent) {
    this.discountPercent = discountPercent;
  }

  public int getBulkQuantity() {
    return bulkQuantity;
  }

  public void setBulkQuantity(int bulkQuantity) {
    this.bulkQuantity = bulkQuantity;
  }
}
