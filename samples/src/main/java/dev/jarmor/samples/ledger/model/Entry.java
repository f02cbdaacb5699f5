package dev.jarmor.samples.ledger.model;

/** One side of a transaction: a debit or a credit of an account. */
public sealed interface Entry permits Entry.Debit, Entry.Credit {
  Account account();

  Money amount();

  /** The amount as it changes the account's balance: debits increase debit-normal accounts. */
  default Money signedAmount() {
    boolean increases = (this instanceof Debit) == account().type().debitNormal();
    return increases ? amount() : amount().negate();
  }

  static Entry debit(Account account, Money amount) {
    return new Debit(account, amount);
  }

  static Entry credit(Account account, Money amount) {
    return new Credit(account, amount);
  }

  record Debit(Account account, Money amount) implements Entry {}

  record Credit(Account account, Money amount) implements Entry {}
}
