package app.model;

public class Dog extends Animal {
  public Dog(String name, int age) {
    super(name, age);
  }

  @Override
  @Tagged(value = "loud", shape = Shape.SQUARE, kind = Dog.class, aliases = {"woof", "bark"})
  public String sound() {
    return "woof";
  }
}
