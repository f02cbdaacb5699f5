package dev.jarmor.samples.ledger.report;

import dev.jarmor.samples.ledger.model.Account;
import dev.jarmor.samples.ledger.model.Money;
import java.util.Map;

/** Renders balances for a reader. */
public interface Report {
  String render(Map<Account, Money> balances);
}
