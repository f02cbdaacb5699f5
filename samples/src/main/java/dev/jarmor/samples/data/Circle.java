package dev.jarmor.samples.data;

/** A shape with a radius. */
public class Circle extends Shape {
  private double radius;

  Circle() {
  }

  Circle(double radius) {
    this.radius = radius;
  }

  public double getRadius() {
    return radius;
  }

  @Override
  double area() {
    return Math.PI * radius * radius;
  }
}
