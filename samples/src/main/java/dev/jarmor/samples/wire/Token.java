package dev.jarmor.samples.wire;

import java.io.Serializable;

/** A singleton that must stay one: readResolve replaces the deserialized copy. */
public final class Token implements Serializable {
  public static final Token INSTANCE = new Token();

  private Token() {}

  private Object readResolve() {
    return INSTANCE;
  }
}
