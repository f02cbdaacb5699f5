package dev.jarmor.samples.ledger.model;

import java.util.List;

/** A numbered, balanced set of entries. */
public record Transaction(int number, String memo, List<Entry> entries) {
  public Money debits() {
    return sum(Entry.Debit.class);
  }

  public Money credits() {
    return sum(Entry.Credit.class);
  }

  private Money sum(Class<? extends Entry> side) {
    return entries.stream().filter(side::isInstance).map(Entry::amount).reduce(Money.ZERO, Money::plus);
  }
}
