package dev.jarmor.samples.wire;

import java.io.Serializable;
import java.util.function.Function;

/** A function that can be sent to another JVM: a serializable lambda or method reference. */
@FunctionalInterface
public interface Job<T, R> extends Function<T, R>, Serializable {

  static Job<Integer, Integer> times(int factor) {
    return x -> x * factor;
  }

  static Job<Parcel, Integer> weigh() {
    return Parcel::weight;
  }

  static Job<String, String> shout() {
    return String::toUpperCase;
  }
}
