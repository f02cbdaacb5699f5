package shop.core;

public class Pricing {
  private int secret = 3;

  public long apply(long amount) {
    return new Rule().adjust(amount);
  }

  public int outerSecret() {
    return new Rule().peek();
  }

  // a nestmate: reads the outer class's private members without synthetic accessors (Java 11+)
  private class Rule {
    private long adjust(long amount) {
      return amount - amount * secret / 100;
    }

    private int peek() {
      return secret;
    }
  }
}
