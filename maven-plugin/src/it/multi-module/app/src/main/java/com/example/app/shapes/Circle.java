package com.example.app.shapes;

import com.example.geometry.Shape;

public final class Circle extends Shape {

  private final double radius;

  public Circle(double radius) {
    this.radius = radius;
  }

  @Override
  public double area() {
    return Math.PI * radius * radius;
  }

  @Override
  public String name() {
    return "circle";
  }
}
