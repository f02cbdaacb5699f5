package dev.jarmor.samples.ledger.rules;

import dev.jarmor.samples.ledger.model.Transaction;
import java.util.Optional;

/** A check a transaction must pass; returns the problem, if any. */
@FunctionalInterface
public interface Rule {
  Optional<String> check(Transaction transaction);
}
