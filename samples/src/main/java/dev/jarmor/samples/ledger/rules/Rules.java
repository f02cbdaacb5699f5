package dev.jarmor.samples.ledger.rules;

import dev.jarmor.samples.ledger.model.Entry;
import dev.jarmor.samples.ledger.model.Money;
import java.util.Optional;

/** The rules the ledger checks every transaction against. */
public final class Rules {
  private Rules() {}

  public static Rule balanced() {
    return t -> t.debits().equals(t.credits())
        ? Optional.empty() : Optional.of("debits " + t.debits() + " != credits " + t.credits());
  }

  public static Rule maxAmount(Money limit) {
    return new Limit(limit);
  }

  public static Rule noSelfTransfer() {
    return new Rule() {
      @Override
      public Optional<String> check(dev.jarmor.samples.ledger.model.Transaction t) {
        long accounts = t.entries().stream().map(Entry::account).distinct().count();
        return accounts < t.entries().size() ? Optional.of("moves money within one account") : Optional.empty();
      }
    };
  }

  private static final class Limit implements Rule {
    private final Money limit;

    Limit(Money limit) {
      this.limit = limit;
    }

    @Override
    public Optional<String> check(dev.jarmor.samples.ledger.model.Transaction t) {
      return t.debits().compareTo(limit) > 0 ? Optional.of("above the limit of " + limit) : Optional.empty();
    }
  }
}
