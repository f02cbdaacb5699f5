package app;

/** The vendor's own answer to a tripped guard: say so and go on. */
public class Security {

  public static void onGuard(String line) {
    System.out.println("guarded: " + line);
  }
}
