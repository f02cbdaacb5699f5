package app.model;

public abstract class Animal implements Comparable<Animal> {
  protected final String name;
  private final int age;

  protected Animal(String name, int age) {
    this.name = name;
    this.age = age;
  }

  public abstract String sound();

  protected String kind() {
    return "animal";
  }

  public int legs() {
    return 4;
  }

  public String describe() {
    return name + "(" + age + ")";
  }

  @Override
  public int compareTo(Animal other) {
    return Integer.compare(age, other.age);
  }
}
