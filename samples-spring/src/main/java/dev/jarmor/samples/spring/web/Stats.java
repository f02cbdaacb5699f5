package dev.jarmor.samples.spring.web;

/** What {@code GET /hello/stats} answers: a plain class with getters, written as JSON by their names. */
public class Stats {

  private final int calls;
  private final String lastName;

  public Stats(int calls, String lastName) {
    this.calls = calls;
    this.lastName = lastName;
  }

  public int getCalls() {
    return calls;
  }

  public String getLastName() {
    return lastName;
  }
}
