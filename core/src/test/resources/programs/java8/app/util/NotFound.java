package app.util;

public class NotFound extends RuntimeException {
  public NotFound(String key) {
    super("no " + key);
  }
}
