package app.model;

public enum Shape {
  SQUARE(4) {
    @Override
    public double area(double size) {
      return size * size;
    }
  },
  TRIANGLE(3) {
    @Override
    public double area(double size) {
      return size * size / 2;
    }
  },
  CIRCLE(0) {
    @Override
    public double area(double size) {
      return Math.PI * size * size;
    }
  };

  private final int sides;

  Shape(int sides) {
    this.sides = sides;
  }

  public int sides() {
    return sides;
  }

  public abstract double area(double size);
}
