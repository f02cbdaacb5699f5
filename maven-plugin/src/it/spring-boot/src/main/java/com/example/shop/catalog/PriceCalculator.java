package com.example.shop.catalog;

/** Plain arithmetic the service delegates to: nothing finds it by name. */
final class PriceCalculator {

  private final int discountPercent;
  private final int bulkQuantity;

  PriceCalculator(int discountPercent, int bulkQuantity) {
    this.discountPercent = discountPercent;
    this.bulkQuantity = bulkQuantity;
  }

  long discount(long gross, int quantity) {
    return quantity >= bulkQuantity ? gross * discountPercent / 100 : 0;
  }
}
