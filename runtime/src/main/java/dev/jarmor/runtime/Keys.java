package dev.jarmor.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Run-time values protected code computes with. Each protected class registers its key first thing in its static
 * initializer ({@link #register}): a value drawn from a seed the class stores, its superclass's key (which the JVM
 * has registered before, since it initializes a superclass first) and, in a build whose code the licence unlocks,
 * the licence's content key. Encrypted strings and hidden calls decode under it and integer constants are masked
 * with a value derived from it ({@link #key}), so no constant of a class's code decodes from the class file alone,
 * or from a call site's operands given to the runtime, without the program's initialization of that class and its
 * superclasses. {@link #OPAQUE} is a value no reader of the class files can know: opaque predicates are built on it.
 */
public final class Keys {

  /** Changes from run to run; predicates on it hold for every int value. */
  public static int OPAQUE = (int) System.nanoTime() | 1;

  private static final ConcurrentHashMap<Class<?>, Integer> CLASS_KEYS = new ConcurrentHashMap<Class<?>, Integer>();

  private Keys() {}

  /**
   * Registers the key of {@code self}, a class being initialized; {@code held} is the part of it the licence holds,
   * or null.
   */
  public static void register(int seed, Class<?> self, byte[] held) {
    Class<?> parent = self.getSuperclass();
    Integer parentKey = parent == null ? null : CLASS_KEYS.get(parent);
    CLASS_KEYS.put(self, classKey(seed, parentKey == null ? 0 : parentKey, held));
  }

  /** The key of a class from its seed, its superclass's key (0 for none) and the licence's part (null for none). */
  public static int classKey(int seed, int parentKey, byte[] held) {
    int x = seed ^ mix(parentKey + 0x6A09E667);
    if (held != null) {
      for (int i = 0; i < held.length; i++) {
        x = (x ^ (held[i] & 0xFF)) * 0x01000193;
      }
    }
    return mix(x);
  }

  /** The registered key of {@code type}; only code of a class that registers one asks, once it is initialized. */
  public static int of(Class<?> type) {
    Integer key = CLASS_KEYS.get(type);
    if (key == null) {
      throw new IllegalStateException(type.getName());
    }
    return key;
  }

  /** The mask of integer constants for {@code self}, whose stored seed is {@code seed}. */
  public static int key(int seed, Class<?> self) {
    return mask(seed, of(self));
  }

  /** The mask of integer constants for a class whose key is {@code classKey} and stored seed {@code seed}. */
  public static int mask(int seed, int classKey) {
    return mix(seed * 0x2545F491 ^ classKey);
  }

  private static int mix(int value) {
    int x = value * 0x2545F491;
    x ^= x >>> 15;
    x *= 0x2C1B3C6D;
    return x ^ x >>> 12;
  }
}
