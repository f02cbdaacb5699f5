package shop.core;

public class Pricing {
  private int secret = 3;

  public long apply(long amount) {
    return new Rule().adjust(amount);
  }

  public int outerSecret() {
    return new Rule().peek();
  }

  private int rate() {
    return secret;
  }

  private static long rounded(long amount) {
    return amount / 10 * 10;
  }

  // a nestmate: reads the outer class's private members without synthetic accessors (Java 11+)
  private class Rule {
    private long adjust(long amount) {
      // private methods of the outer class, called from a nestmate with invokevirtual and invokestatic
      return rounded(amount - amount * rate() / 100);
    }

    private int peek() {
      return secret;
    }
  }
}
