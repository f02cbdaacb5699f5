package com.example.shop.catalog;

import com.example.shop.config.ShopProperties;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class CatalogService {

  private static final List<Product> PRODUCTS = List.of(new Product(1, "kettle", 2599), new Product(2, "teapot", 1850),
      new Product(3, "mug", 499));

  private final ShopProperties properties;
  private final PriceCalculator calculator;

  public CatalogService(ShopProperties properties) {
    this.properties = properties;
    this.calculator = new PriceCalculator(properties.getDiscountPercent(), properties.getBulkQuantity());
  }

  public List<Product> products() {
    return PRODUCTS;
  }

  public Optional<Product> product(int id) {
    return PRODUCTS.stream().filter(p -> p.id() == id).findFirst();
  }

  public Optional<Quote> quote(int id, int quantity) {
    return product(id).map(p -> {
      long gross = p.priceCents() * quantity;
      long discount = calculator.discount(gross, quantity);
      return new Quote(p, quantity, gross, discount, gross - discount, properties.getCurrency());
    });
  }
}
