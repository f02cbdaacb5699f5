package dev.jarmor.samples.names;

/** The service the host loads its plugins as. */
public interface Plugin {
  String apply(String input);
}
