package dev.jarmor.samples.ledger.model;

/** An amount in cents; never a floating-point number. */
public record Money(long cents) implements Comparable<Money> {
  public static final Money ZERO = new Money(0);

  public static Money of(long cents) {
    return new Money(cents);
  }

  public Money plus(Money other) {
    return new Money(cents + other.cents);
  }

  public Money negate() {
    return new Money(-cents);
  }

  public boolean isNegative() {
    return cents < 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  @Override
  public String toString() {
    long abs = Math.abs(cents);
    return (cents < 0 ? "-" : "") + abs / 100 + "." + String.format("%02d", abs % 100);
  }
}
