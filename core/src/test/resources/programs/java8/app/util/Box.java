package app.util;

public final class Box<T> {
  private final T content;
  private int depth;

  private Box(T content, int depth) {
    this.content = content;
    this.depth = depth;
  }

  public static <T> Box<T> of(T content) {
    return new Box<>(content, 0);
  }

  public <R> Box<R> map(Mapper<? super T, ? extends R> mapper) {
    return new Box<>(mapper.map(content), depth + 1);
  }

  public T get() {
    return content;
  }

  public String describe() {
    return "depth=" + depth;
  }

  @FunctionalInterface
  public interface Mapper<A, B> {
    B map(A value);
  }
}
