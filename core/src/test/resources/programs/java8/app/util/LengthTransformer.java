package app.util;

public class LengthTransformer implements Transformer<String, Integer> {
  @Override
  public Integer apply(String input) {
    return input.length();
  }
}
