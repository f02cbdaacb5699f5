package dev.jarmor.samples.ledger.report;

import dev.jarmor.samples.ledger.model.Account;
import dev.jarmor.samples.ledger.model.Money;
import java.util.Map;

/** A plain-text trial balance with a total line. */
public final class TextReport implements Report {
  @Override
  public String render(Map<Account, Money> balances) {
    StringBuilder out = new StringBuilder("trial balance\n");
    Money total = Money.ZERO;
    for (Map.Entry<Account, Money> e : balances.entrySet()) {
      out.append(String.format("  %-12s %-9s %12s%n", e.getKey(), e.getKey().type(), e.getValue()));
      total = total.plus(e.getKey().type().debitNormal() ? e.getValue() : e.getValue().negate());
    }
    return out.append(String.format("  %-22s %12s%n", "debits - credits", total)).toString();
  }
}
