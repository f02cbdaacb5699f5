package dev.jarmor.samples.names;

/** Named in plugins.properties and loaded with Class.forName. */
public class ReversePlugin implements Plugin {
  @Override
  public String apply(String input) {
    return new StringBuilder(input).reverse().toString();
  }

  /** Called by its name, held in a constant of the host. */
  public String describe() {
    return "reverses its input";
  }
}
