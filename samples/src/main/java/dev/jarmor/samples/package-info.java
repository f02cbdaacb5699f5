/**
 * Runnable programs that jarmor protects in its demo and behaviour tests. Each prints a
 * deterministic transcript, so the protected build can be compared with the original line by line.
 * {@link dev.jarmor.samples.ledger.LedgerApp} is the demo's program: a small double-entry ledger
 * that uses interfaces, abstract classes, records, sealed types, enums, lambdas, generics and inner
 * classes across several packages.
 */
package dev.jarmor.samples;
