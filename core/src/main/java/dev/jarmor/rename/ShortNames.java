package dev.jarmor.rename;

import java.util.SplittableRandom;

/**
 * Names of growing length over lower-case letters ({@code a, b, ... z, aa, ab, ...}), with the
 * letters in an order drawn from the seed. Lower case only, so that two class files never differ
 * only by case and clash on a case-insensitive file system.
 */
public final class ShortNames implements NameGenerator {

  private final char[] alphabet = "abcdefghijklmnopqrstuvwxyz".toCharArray();

  public ShortNames(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = alphabet.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char t = alphabet[i];
      alphabet[i] = alphabet[j];
      alphabet[j] = t;
    }
  }

  @Override
  public String name(int index) {
    StringBuilder name = new StringBuilder();
    int n = index;
    do {
      name.append(alphabet[n % alphabet.length]);
      n = n / alphabet.length - 1;
    } while (n >= 0);
    return name.reverse().toString();
  }
}
