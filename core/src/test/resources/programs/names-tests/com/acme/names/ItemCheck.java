package com.acme.names;

/** Stands for a test class; the check's tests run it through a fake test runner that reports these methods. */
public class ItemCheck {
  public void passes() {}

  public void breaks() {}

  public void flaky() {}

  public void broken() {}
}
