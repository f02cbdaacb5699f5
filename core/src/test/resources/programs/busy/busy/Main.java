package busy;

/**
 * Spends about two seconds in one loop, called by a loop that main calls, then runs one method once: a profile's hot
 * and cold methods, and the methods below the hot one on the stack.
 */
public class Main {
  public static void main(String[] args) {
    System.out.println(work(System.nanoTime() + 2_000_000_000L) != 42 ? "done" : "");
    once();
  }

  static long work(long end) {
    long sum = 0;
    while (System.nanoTime() < end) {
      sum += spin(sum);
    }
    return sum;
  }

  static long spin(long seed) {
    long x = seed;
    for (int i = 0; i < 100_000; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x >>> 60;
  }

  static void once() {
    System.out.println("once");
  }
}
