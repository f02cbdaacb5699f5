package dev.jarmor.samples.ledger;

import dev.jarmor.samples.ledger.model.Account;
import dev.jarmor.samples.ledger.model.AccountType;
import dev.jarmor.samples.ledger.model.Entry;
import dev.jarmor.samples.ledger.model.Money;
import dev.jarmor.samples.ledger.report.Report;
import dev.jarmor.samples.ledger.report.TextReport;
import dev.jarmor.samples.ledger.rules.Rule;
import dev.jarmor.samples.ledger.rules.Rules;
import java.util.List;

/** Books a month of transactions, checks them against rules and prints a trial balance. */
public final class LedgerApp {

  private LedgerApp() {}

  public static void main(String[] args) {
    Ledger ledger = new Ledger();
    Account cash = ledger.open("Cash", AccountType.ASSET);
    Account bank = ledger.open("Bank", AccountType.ASSET);
    Account sales = ledger.open("Sales", AccountType.INCOME);
    Account rent = ledger.open("Rent", AccountType.EXPENSE);
    Account capital = ledger.open("Capital", AccountType.EQUITY);

    ledger.book("opening", List.of(Entry.debit(bank, Money.of(10_000_00)), Entry.credit(capital, Money.of(10_000_00))));
    for (int day = 1; day <= 20; day++) {
      long amount = 150_00L + day * 37_00L;
      ledger.book("sale " + day, List.of(Entry.debit(cash, Money.of(amount)), Entry.credit(sales, Money.of(amount))));
    }
    ledger.book("rent", List.of(Entry.debit(rent, Money.of(2_500_00)), Entry.credit(bank, Money.of(2_500_00))));
    ledger.book("deposit", List.of(Entry.debit(bank, Money.of(3_000_00)), Entry.credit(cash, Money.of(3_000_00))));

    List<Rule> rules = List.of(Rules.balanced(), Rules.maxAmount(Money.of(5_000_00)), Rules.noSelfTransfer());
    List<String> problems = ledger.check(rules);
    System.out.println("transactions: " + ledger.transactionCount() + ", problems: " + problems.size());
    problems.forEach(p -> System.out.println("  " + p));

    Report report = new TextReport();
    System.out.print(report.render(ledger.balances()));
    System.out.println("largest sale: " + ledger.largest(AccountType.INCOME).orElse(Money.ZERO));
  }
}
