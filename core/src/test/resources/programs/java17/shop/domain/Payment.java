package shop.domain;

public sealed interface Payment permits Payment.Card, Payment.Cash, Payment.Voucher {
  int fee();

  private static int base() {
    return 1;
  }

  default int doubled() {
    return fee() * 2 + base() + extra();
  }

  // a private interface method, called from a default method with invokeinterface
  private int extra() {
    return fee() > 5 ? 1 : 0;
  }

  record Card(String last4, int percent) implements Payment {
    public int fee() {
      return percent + base();
    }
  }

  record Cash(int amount) implements Payment {
    public int fee() {
      return 0;
    }
  }

  final class Voucher implements Payment {
    private final String code;

    public Voucher(String code) {
      this.code = code;
    }

    public int fee() {
      return code.length();
    }
  }
}
