package shop.domain;

public enum Discount {
  NONE(0), SEASONAL(10), CLEARANCE(50);

  private final int percent;

  Discount(int percent) {
    this.percent = percent;
  }

  public int percent() {
    return percent;
  }
}
