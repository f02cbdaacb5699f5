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
 */
public record TestResults(SortedMap<String, TestOutcome> byId, String log) {

  public TestResults {
    byId = Collections.unmodifiableSortedMap(new TreeMap<>(byId));
  }
}
