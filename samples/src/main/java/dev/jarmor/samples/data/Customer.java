package dev.jarmor.samples.data;

/** Public fields: Jackson reads and writes them directly. */
public class Customer {
  public String name;
  public String email;
}
