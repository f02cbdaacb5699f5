package dev.jarmor.samples.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/** Reads an order, a list of items, shapes and a record from JSON with Jackson, and writes them back. */
public final class JacksonOrders {

  private static final String ORDER = "{\"id\":7,\"customer\":{\"name\":\"Ada\",\"email\":\"ada@example.org\"},"
      + "\"items\":[{\"sku\":\"A-1\",\"qty\":2,\"price\":3.5},{\"sku\":\"B-2\",\"qty\":1,\"price\":10.0}],"
      + "\"status\":\"NEW\"}";

  private JacksonOrders() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    Order order = mapper.readValue(ORDER, Order.class);
    System.out.println("read " + Formatting.money(order.total()) + " for " + order.getCustomer().name);
    order.setStatus(Status.SHIPPED);
    System.out.println("wrote " + mapper.writeValueAsString(order) + ", status " + order.getStatus().getLabel());
    System.out.println("currency " + mapper.writeValueAsString(Currency.JPY));

    List<LineItem> items = mapper.readValue("[{\"sku\":\"C-3\",\"qty\":4,\"price\":0.25}]",
        new TypeReference<List<LineItem>>() { });
    System.out.println("items " + items.size() + " " + Formatting.money(items.get(0).total()));

    String shapes = mapper.writerFor(new TypeReference<List<Shape>>() { })
        .writeValueAsString(List.of(new Circle(1.5), new Square(2)));
    System.out.println("shapes " + shapes.replace(JacksonOrders.class.getPackageName() + ".", ""));
    List<Shape> back = mapper.readValue(shapes, new TypeReference<List<Shape>>() { });
    System.out.println("areas " + Formatting.money(back.get(0).area() + back.get(1).area()));

    Point point = mapper.readValue("{\"x\":3,\"y\":4}", Point.class);
    System.out.println("point " + point.length() + " " + mapper.writeValueAsString(point));
  }
}
