package dev.jarmor.samples.ledger;

import dev.jarmor.samples.ledger.model.Account;
import dev.jarmor.samples.ledger.model.AccountType;
import dev.jarmor.samples.ledger.model.Entry;
import dev.jarmor.samples.ledger.model.Money;
import dev.jarmor.samples.ledger.model.Transaction;
import dev.jarmor.samples.ledger.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The book of accounts: opens accounts, books balanced transactions, answers questions. */
final class Ledger {
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final List<Transaction> transactions = new ArrayList<>();
  private int sequence;

  Account open(String name, AccountType type) {
    Account account = new Account(++sequence, name, type);
    accounts.put(name, account);
    return account;
  }

  void book(String memo, List<Entry> entries) {
    transactions.add(new Transaction(transactions.size() + 1, memo, List.copyOf(entries)));
  }

  int transactionCount() {
    return transactions.size();
  }

  List<String> check(List<Rule> rules) {
    List<String> problems = new ArrayList<>();
    for (Transaction t : transactions) {
      for (Rule rule : rules) {
        rule.check(t).ifPresent(problem -> problems.add("#" + t.number() + " " + t.memo() + ": " + problem));
      }
    }
    return problems;
  }

  Map<Account, Money> balances() {
    Map<Account, Money> balances = new LinkedHashMap<>();
    accounts.values().forEach(a -> balances.put(a, Money.ZERO));
    for (Transaction t : transactions) {
      for (Entry e : t.entries()) {
        balances.merge(e.account(), e.signedAmount(), Money::plus);
      }
    }
    return balances;
  }

  Optional<Money> largest(AccountType type) {
    return transactions.stream()
        .flatMap(t -> t.entries().stream())
        .filter(e -> e.account().type() == type)
        .map(Entry::amount)
        .max(Money::compareTo);
  }
}
