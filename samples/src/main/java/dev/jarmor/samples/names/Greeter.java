package dev.jarmor.samples.names;

/** Implemented only by a dynamic proxy. */
public interface Greeter {
  String hello(String name);

  String bye(String name);
}
