package com.example.greet;

/** Finds the greeter of a language by a class name built at run time: no analysis can tell which classes it means. */
public final class Greeters {

  private Greeters() {}

  public static Greeter forLanguage(String language) throws ReflectiveOperationException {
    return (Greeter) Class.forName("com.example.greet.impl." + language + "Greeter").getConstructor().newInstance();
  }

  public static void main(String[] args) throws ReflectiveOperationException {
    System.out.println(forLanguage(args.length > 0 ? args[0] : "English").greet("world"));
  }
}
