package com.example.geometry;

/** A library type the application extends: its overrides must keep the library's method names. */
public abstract class Shape {

  public abstract double area();

  public abstract String name();

  public String describe() {
    return name() + " of area " + Decimals.twoPlaces(area());
  }
}
