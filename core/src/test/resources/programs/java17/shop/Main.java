package shop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.function.Function;
import shop.core.Pricing;
import shop.domain.Discount;
import shop.domain.Item;
import shop.domain.Order;
import shop.domain.Payment;

public class Main {
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE_USE)
  @interface NonEmpty {}

  public static void main(String[] args) throws Exception {
    var order = new Order("o-1", List.of(new Item("pen", 2, 150), new Item("book", 1, 1200)));
    System.out.println("total " + order.total() + " items " + order.items().size() + " id " + order.id());
    var same = new Order("o-1", List.of(new Item("pen", 2, 150), new Item("book", 1, 1200)));
    System.out.println("equal " + order.equals(same) + " hash " + (order.hashCode() == same.hashCode()));
    for (Payment p : List.of(new Payment.Card("4242", 10), new Payment.Cash(5), new Payment.Voucher("V1"))) {
      System.out.println(describe(p) + " fee " + p.fee() + " doubled " + p.doubled());
    }
    System.out.println("sealed " + Payment.class.isSealed() + " " + Payment.class.getPermittedSubclasses().length);
    Object o = order;
    if (o instanceof Order ord && ord.total() > 100) {
      System.out.println("pattern " + ord.items().get(0).name());
    }
    Pricing pricing = new Pricing();
    System.out.println("pricing " + pricing.apply(1000) + " " + pricing.outerSecret());
    Discount d = Discount.SEASONAL;
    String label = switch (d) {
      case NONE -> "none";
      case SEASONAL -> "seasonal " + d.percent();
      case CLEARANCE -> "clearance";
    };
    System.out.println(label);
    String block = """
        text block
          kept as is
        """;
    System.out.print(block);
    Function<Item, Long> cost = Item::cost;
    System.out.println("cost " + cost.apply(new Item("x", 3, 7)));
    for (var method : Main.class.getDeclaredMethods()) {
      if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == List.class) {
        System.out.println("type annotation " + method.getAnnotatedReturnType().isAnnotationPresent(NonEmpty.class));
      }
    }
    System.out.println(first(List.of("a", "b")));
    System.out.println("record component count " + Item.class.getRecordComponents().length);
  }

  static @NonEmpty String first(List<String> values) {
    return values.get(0);
  }

  static String describe(Payment p) {
    if (p instanceof Payment.Card c) {
      return "card " + c.last4().length();
    } else if (p instanceof Payment.Cash cash) {
      return "cash " + cash.amount();
    }
    return "voucher";
  }
}
