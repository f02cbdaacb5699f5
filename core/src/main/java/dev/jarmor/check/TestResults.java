package dev.jarmor.check;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every test of one JUnit Platform run did, by the test's unique id as the platform gives it
 * ({@code [engine:junit-jupiter]/[class:com.acme.FooTest]/[method:bar()]}), in the names the run saw: a
 * protected suite's ids hold new names until translated through its mapping.
 *
 * @param log the launcher's console output, for a user who wants to see the run
 * @param timedOut whether the run was ended after its timeout: the tests it had not started are missing, and a
 *     test it was running failed, its failure saying so
 */
public record TestResults(SortedMap<String, TestOutcome> byId, String log, boolean timedOut) {

  public TestResults {
    byId = Collections.unmodifiableSortedMap(new TreeMap<>(byId));
  }

  /** The results of a run that ended by itself. */
  public TestResults(SortedMap<String, TestOutcome> byId, String log) {
    this(byId, log, false);
  }
}
