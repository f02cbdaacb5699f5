package dev.jarmor.samples.ledger.model;

/** The five kinds of account; each knows which side increases it. */
public enum AccountType {
  ASSET(true), EXPENSE(true), LIABILITY(false), EQUITY(false), INCOME(false);

  private final boolean debitNormal;

  AccountType(boolean debitNormal) {
    this.debitNormal = debitNormal;
  }

  public boolean debitNormal() {
    return debitNormal;
  }
}
