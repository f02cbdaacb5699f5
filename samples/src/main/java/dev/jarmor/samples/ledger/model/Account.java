package dev.jarmor.samples.ledger.model;

/** A named account of one type. */
public final class Account {
  private final int number;
  private final String name;
  private final AccountType type;

  public Account(int number, String name, AccountType type) {
    this.number = number;
    this.name = name;
    this.type = type;
  }

  public int number() {
    return number;
  }

  public String name() {
    return name;
  }

  public AccountType type() {
    return type;
  }

  @Override
  public String toString() {
    return number + " " + name;
  }
}
