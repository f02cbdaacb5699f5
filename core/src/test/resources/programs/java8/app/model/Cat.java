package app.model;

public class Cat extends Animal {
  public Cat(String name, int age) {
    super(name, age);
  }

  @Override
  public String sound() {
    return "meow";
  }

  @Override
  public String describe() {
    return "cat " + super.describe();
  }
}
