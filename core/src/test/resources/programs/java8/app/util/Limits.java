package app.util;

public interface Limits {
  int MAX = 100;
  String NAME = computeName();

  static String computeName() {
    return "lim" + MAX;
  }
}
