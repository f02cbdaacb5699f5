package com.example.shop.web;

import com.example.shop.catalog.CatalogService;
import com.example.shop.catalog.Product;
import com.example.shop.catalog.Quote;
import com.example.shop.config.ShopProperties;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CatalogController {

  private final CatalogService catalog;
  private final ShopProperties properties;

  public CatalogController(CatalogService catalog, ShopProperties properties) {
    this.catalog = catalog;
    this.properties = properties;
  }

  @GetMapping("/shop")
  public ShopInfo shop() {
    return new ShopInfo(properties.getName(), properties.getCurrency(), catalog.products().size());
  }

  @GetMapping("/products")
  public List<Product> products() {
    return catalog.products();
  }

  @GetMapping("/products/{id}")
  public ResponseEntity<Product> product(@PathVariable int id) {
    return ResponseEntity.of(catalog.product(id));
  }

  @GetMapping("/quote")
  public ResponseEntity<Quote> quote(@RequestParam("product") int id, @RequestParam(defaultValue = "1") int quantity) {
    return ResponseEntity.of(catalog.quote(id, quantity));
  }
}
