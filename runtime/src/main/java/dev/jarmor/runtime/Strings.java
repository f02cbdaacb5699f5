package dev.jarmor.runtime;

import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encrypted string constants. A constant in a class of version 51 or later is an invokedynamic
 * whose bootstrap, {@link #constant}, decodes it once and links the call site to the interned
 * result, so the JIT sees a constant; older classes, which cannot use invokedynamic, call
 * {@link #decoded} instead, which decodes each text once per program run. Both decode under the
 * calling class's key ({@link Cipher#callerKey}).
 */
public final class Strings {

  private static final ConcurrentHashMap<String, String> DECODED = new ConcurrentHashMap<String, String>();

  private Strings() {}

  /** Bootstrap of an encrypted constant: {@code ()String}, linked for good to the plain text. */
  public static java.lang.invoke.CallSite constant(MethodHandles.Lookup caller, String name, MethodType type,
      String encoded, int key) {
    String plain = Cipher.decode(encoded, Cipher.callerKey(key, caller.lookupClass())).intern();
    return new ConstantCallSite(MethodHandles.constant(String.class, plain).asType(type));
  }

  /** An encrypted constant of {@code caller}, a class too old for invokedynamic. */
  public static String decoded(String encoded, int key, Class<?> caller) {
    String cacheKey = caller.getName() + '\0' + key + '\0' + encoded;
    String plain = DECODED.get(cacheKey);
    if (plain == null) {
      plain = Cipher.decode(encoded, Cipher.callerKey(key, caller)).intern();
      DECODED.put(cacheKey, plain);
    }
    return plain;
  }
}
