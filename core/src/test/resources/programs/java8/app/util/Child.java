package app.util;

public class Child extends Parent implements Limits {
  int value = 5;

  public int sum() {
    return value + super.value + MAX;
  }
}

class Parent {
  int value = 10;

  // public, in a class other packages cannot see: called through the public subclass
  public String origin() {
    return "parent";
  }
}
