package dev.jarmor.runtime;

/**
 * Run-time values protected code computes with. {@link #key} turns a class's stored seed into
 * the key its integer constants are masked with: a protected class holds only masked constants
 * and the seed, and the key exists only once the program runs. {@link #OPAQUE} is a value no
 * reader of the class files can know: opaque predicates are built on it.
 */
public final class Keys {

  /** Changes from run to run; predicates on it hold for every int value. */
  public static int OPAQUE = (int) System.nanoTime() | 1;

  private Keys() {}

  /** The mask of integer constants for a class whose stored seed is {@code seed}. */
  public static int key(int seed) {
    int x = seed * 0x2545F491;
    x ^= x >>> 15;
    x *= 0x2C1B3C6D;
    return x ^ x >>> 12;
  }
}
