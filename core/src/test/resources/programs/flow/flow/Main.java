package flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Control flow of every common shape, printed so that a changed path shows in the output. */
public class Main {

  interface Shape {
    double area();
  }

  static final class Square implements Shape {
    final double side;

    Square(double side) {
      this.side = side;
    }

    public double area() {
      return side * side;
    }
  }

  static final class Circle implements Shape {
    final double r;

    Circle(double r) {
      this.r = r;
    }

    public double area() {
      return 3 * r * r;
    }
  }

  static class Base {
    final String name;

    Base(String name) {
      this.name = name;
    }
  }

  /** super() arguments with branches: uninitialized this across jumps. */
  static class Derived extends Base {
    final int size;

    Derived(int n) {
      super(n > 3 ? "big" + n : n < 0 ? "negative" : "small");
      int s = 0;
      for (int i = 0; i < n; i++) {
        s += i;
      }
      size = s;
    }

    Derived(String text) {
      this(text == null ? -1 : text.length());
    }
  }

  static String classify(int n) {
    String result;
    if (n < 0) {
      result = "negative";
    } else if (n == 0) {
      result = "zero";
    } else if (n < 10) {
      result = "small";
    } else if (n < 100) {
      result = "medium";
    } else {
      result = "large";
    }
    return result + ":" + n;
  }

  /** Long enough (over the JIT's 325-byte inlining limit) for the whole treatment, dispatcher included. */
  static String verdict(int n, boolean strict) {
    StringBuilder out = new StringBuilder();
    int score = n;
    if (n < 0) {
      out.append("below zero by ").append(-n);
      score = -n * 3 + 7;
    } else if (n == 0) {
      out.append("nothing at all");
      score = 11;
    } else if (n < 10) {
      out.append("a handful: ").append(n * n);
      score = n * 5 - 2;
    } else if (n < 100) {
      out.append("dozens, tens digit ").append(n / 10);
      score = n % 17 + 40;
    } else {
      out.append("plenty, digits ").append(String.valueOf(n).length());
      score = n / 7 + 300;
    }
    if (strict) {
      out.append(", strict");
      score ^= 0x5A;
    } else {
      out.append(", lenient");
      score += 13;
    }
    if (score % 2 == 0) {
      out.append(", even score ").append(score);
    } else if (score % 3 == 0) {
      out.append(", score divisible by three: ").append(score / 3);
    } else {
      out.append(", odd score ").append(score);
    }
    if (out.length() > 40) {
      out.append(" (long)");
    } else if (out.length() > 30) {
      out.append(" (medium)");
    } else {
      out.append(" (short)");
    }
    String text = out.toString();
    if (text.contains("plenty")) {
      text = text.toUpperCase();
    } else if (text.contains("handful")) {
      text = text.replace('a', '@');
    } else if (text.startsWith("below")) {
      text = "[" + text + "]";
    }
    return text + " #" + score;
  }

  /** 28 bytes: small enough to be inlined everywhere, until string encryption makes it longer. */
  static String scale(int n) {
    if (n > 99) {
      return "hundreds";
    }
    if (n > 9) {
      return "tens";
    }
    if (n > 0) {
      return "units";
    }
    return "none";
  }

  static int days(int month, boolean leap) {
    switch (month) {
      case 2:
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  static int code(String word) {
    switch (word) {
      case "alpha":
        return 1;
      case "beta":
        return 2;
      case "gamma":
        return 3;
      default:
        return word.length() > 3 ? 100 : -100;
    }
  }

  static long collatz(long n) {
    long steps = 0;
    while (n != 1) {
      n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
      steps++;
    }
    return steps;
  }

  /** Slots reused for different types in sibling scopes. */
  static String reuse(int k) {
    StringBuilder out = new StringBuilder();
    if (k > 0) {
      int i = k * 2;
      double d = i / 3.0;
      out.append(i).append(',').append(d);
    } else {
      String s = "none" + k;
      Object o = s.isEmpty() ? null : s;
      out.append(o);
    }
    if (k % 2 == 0) {
      long big = 1L << k;
      out.append(' ').append(big);
    } else {
      Shape shape = k > 4 ? new Square(k) : new Circle(k);
      out.append(' ').append(shape.area());
    }
    return out.toString();
  }

  static String exceptions(int n) {
    StringBuilder out = new StringBuilder();
    try {
      try {
        if (n == 0) {
          throw new IllegalStateException("zero");
        }
        out.append(100 / (n - 1));
      } catch (ArithmeticException e) {
        out.append("arith");
      } finally {
        out.append("|finally");
      }
      int[] a = new int[n];
      out.append(a[n - 2]);
    } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
      out.append("|array ").append(e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      out.append("|runtime ").append(e.getMessage());
    }
    return out.toString();
  }

  private static final Object LOCK = new Object();
  private static int locked;

  static int synchronizedCount(int n) {
    for (int i = 0; i < n; i++) {
      synchronized (LOCK) {
        if (i % 3 == 0) {
          continue;
        }
        locked += i;
      }
    }
    return locked;
  }

  static int labelled(int[][] grid) {
    int found = -1;
    outer:
    for (int r = 0; r < grid.length; r++) {
      for (int c = 0; c < grid[r].length; c++) {
        if (grid[r][c] < 0) {
          continue outer;
        }
        if (grid[r][c] > 50) {
          found = r * 10 + c;
          break outer;
        }
      }
    }
    return found;
  }

  static Shape pick(int k) {
    Shape s = k % 2 == 0 ? new Square(k) : new Circle(k);
    return s;
  }

  static List<Object> objects(int n) {
    List<Object> list = new ArrayList<>(n > 2 ? n : 2);
    for (int i = 0; i < n; i++) {
      list.add(i % 3 == 0 ? (Object) ("s" + i) : i % 3 == 1 ? (Object) Integer.valueOf(i) : (Object) new int[] {i});
    }
    return list;
  }

  static int recurse(int n) {
    return n <= 1 ? n : recurse(n - 1) + recurse(n - 2);
  }

  static float floats(float f, double d, char c, byte b, short s, boolean z) {
    float r = z ? f * b : f + s;
    if (c > 'm') {
      r += (float) d;
    } else if (c == 'a') {
      r -= 1;
    }
    return r;
  }

  /** Line numbers of exceptions thrown in blocks that have no line number of their own. */
  static int lineOf(int n) {
    int[] a = new int[1];
    try {
      return a[n > 2
          ? n
          : -n];
    } catch (RuntimeException e) {
      return e.getStackTrace()[0].getLineNumber();
    }
  }

  static int lineOf(String s, boolean b) {
    try {
      return (b
          ? s
          : "x").length()
          + s.length();
    } catch (NullPointerException e) {
      return e.getStackTrace()[0].getLineNumber();
    }
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("lines")) {
      System.out.println("lines " + lineOf(1) + " " + lineOf(5) + " " + lineOf(0) + " " + lineOf(null, true) + " "
          + lineOf(null, false) + " " + lineOf("abc", false));
      return;
    }
    for (int n : new int[] {-5, 0, 7, 42, 1000}) {
      System.out.println(classify(n));
      System.out.println(verdict(n, n % 3 == 0));
      System.out.println(scale(n));
    }
    for (int m = 1; m <= 12; m++) {
      System.out.print(days(m, m % 2 == 0) + " ");
    }
    System.out.println();
    for (String w : new String[] {"alpha", "beta", "gamma", "delta", "pi"}) {
      System.out.print(code(w) + " ");
    }
    System.out.println();
    System.out.println("collatz " + collatz(27) + " " + collatz(97));
    for (int k = -1; k < 7; k++) {
      System.out.println("reuse " + reuse(k));
    }
    for (int n = -1; n < 4; n++) {
      System.out.println("exceptions " + exceptions(n));
    }
    System.out.println("sync " + synchronizedCount(20));
    System.out.println("labelled " + labelled(new int[][] {{1, 2}, {-1, 99}, {3, 77}}));
    System.out.println("pick " + pick(2).area() + " " + pick(3).area());
    System.out.println("objects " + objects(6).size() + " " + objects(6).get(3));
    System.out.println("fib " + recurse(20));
    System.out.println("floats " + floats(1.5f, 2.25, 'z', (byte) 3, (short) 4, true) + " "
        + floats(1.5f, 2.25, 'a', (byte) 3, (short) 4, false));
    System.out.println("derived " + new Derived(5).name + new Derived(5).size + " " + new Derived(-2).name
        + " " + new Derived("ab").name + " " + new Derived((String) null).name);
    Map<String, Integer> counts = new HashMap<>();
    for (String word : "a b a c b a".split(" ")) {
      counts.merge(word, 1, Integer::sum);
    }
    System.out.println("counts " + new java.util.TreeMap<>(counts));
    Runnable idle = () -> { };
    idle.run();
    try {
      Object o = args.length > 100 ? null : new Object();
      System.out.println("object " + (o != null));
      throw new UnsupportedOperationException("last");
    } catch (UnsupportedOperationException e) {
      System.out.println("caught " + e.getMessage() + " at " + (e.getStackTrace().length > 0));
    }
  }
}
