package com.example.app.shapes;

import com.example.geometry.Shape;

public final class Square extends Shape {

  private final double side;

  public Square(double side) {
    this.side = side;
  }

  @Override
  public double area() {
    return side * side;
  }

  @Override
  public String name() {
    return "square";
  }
}
