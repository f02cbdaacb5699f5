package shop.domain;

import java.util.List;

public record Order(String id, List<Item> items) {
  public long total() {
    return items.stream().mapToLong(Item::cost).sum();
  }
}
