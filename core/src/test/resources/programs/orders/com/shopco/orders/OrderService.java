package com.shopco.orders;

import com.shopco.orders.model.LineItem;
import com.shopco.orders.model.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

class OrderService {
  private final Pricing pricing;

  OrderService(Pricing pricing) {
    this.pricing = pricing;
  }

  void run(String scenario) {
    if (scenario.equals("constructor")) {
      toOrder("apple:2", "pear:-1");
    } else if (scenario.equals("lambda")) {
      toOrder("apple:x");
    } else if (scenario.equals("shared")) {
      System.out.println(pricing.label(pricing.priorityOf("urgent!")));
    } else if (scenario.equals("initializer")) {
      System.out.println(Limits.MAX);
    } else {
      System.out.println(new Order(new ArrayList<>()).summary());
    }
  }

  Order toOrder(String... specs) {
    List<LineItem> items = new ArrayList<>();
    Consumer<String> add = spec -> {
      String[] parts = spec.split(":");
      int quantity = Integer.parseInt(parts[1]);
      items.add(new LineItem(parts[0], quantity));
    };
    for (String spec : specs) {
      add.accept(spec);
    }
    return new Order(items);
  }
}
