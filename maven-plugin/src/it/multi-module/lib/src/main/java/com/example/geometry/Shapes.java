package com.example.geometry;

import java.util.List;

/** Calls back into the application's shapes through the library's names. */
public final class Shapes {

  private Shapes() {}

  public static double totalArea(List<? extends Shape> shapes) {
    return shapes.stream().mapToDouble(Shape::area).sum();
  }

  public static Shape largest(List<? extends Shape> shapes) {
    Shape best = null;
    for (Shape shape : shapes) {
      if (best == null || shape.area() > best.area()) {
        best = shape;
      }
    }
    return best;
  }
}
