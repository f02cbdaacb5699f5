package dev.jarmor.samples.data;

/** A shape with a side. */
public class Square extends Shape {
  private double side;

  Square() {
  }

  Square(double side) {
    this.side = side;
  }

  public double getSide() {
    return side;
  }

  @Override
  double area() {
    return side * side;
  }
}
