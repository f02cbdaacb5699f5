package dev.jarmor.rules;

/** The class names rules are written in, from descriptors. */
final class Descriptors {

  private Descriptors() {}

  /** The internal class name of an object descriptor such as {@code Lcom/acme/Foo;}, else the descriptor itself. */
  static String className(String descriptor) {
    return descriptor.startsWith("L") && descriptor.endsWith(";")
        ? descriptor.substring(1, descriptor.length() - 1) : descriptor;
  }
}
