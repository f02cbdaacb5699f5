package com.example.app;

import com.example.app.orders.LineItem;
import com.example.app.orders.Order;
import com.example.app.orders.OrderCodec;
import com.example.app.shapes.Circle;
import com.example.app.shapes.Square;
import com.example.app.text.Report;
import com.example.geometry.Shape;
import com.example.geometry.Shapes;
import java.util.List;

public final class Main {

  public static void main(String[] args) throws Exception {
    List<Shape> shapes = List.of(new Circle(1.5), new Square(2), new Circle(0.5));
    Report report = new Report("shapes");
    shapes.forEach(shape -> report.line(shape.describe()));
    report.line("total " + String.format(java.util.Locale.ROOT, "%.3f", Shapes.totalArea(shapes)));
    report.line("largest " + Shapes.largest(shapes).name());
    System.out.println(report);

    Order order = new Order("A-17", List.of(new LineItem("pencil", 3, 120), new LineItem("ruler", 1, 450)));
    OrderCodec codec = new OrderCodec();
    String json = codec.write(order);
    System.out.println(json);
    Order back = codec.read(json);
    System.out.println("read back: " + back.getId() + ", " + back.getItems().size() + " items, total "
        + back.totalCents() + " cents, equal: " + back.equals(order));
  }
}
