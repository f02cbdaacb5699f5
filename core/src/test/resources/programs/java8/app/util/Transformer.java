package app.util;

public interface Transformer<A, B> {
  B apply(A input);

  default <C> Transformer<A, C> andThen(Transformer<? super B, ? extends C> next) {
    return a -> next.apply(apply(a));
  }
}
