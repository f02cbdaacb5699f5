package dev.jarmor.plan;

/**
 * Compares texts made of parts as the joined texts compare, without joining them: the planner and the passes sort
 * and look up hundreds of thousands of targets and sites, each ordered by such a text.
 */
final class JoinedText {

  private JoinedText() {}

  /** {@code (a1 + a2).compareTo(b1 + b2)}. */
  static int compare(String a1, String a2, String b1, String b2) {
    int lengthA = a1.length() + a2.length();
    int lengthB = b1.length() + b2.length();
    for (int i = 0, n = Math.min(lengthA, lengthB); i < n; i++) {
      char ca = i < a1.length() ? a1.charAt(i) : a2.charAt(i - a1.length());
      char cb = i < b1.length() ? b1.charAt(i) : b2.charAt(i - b1.length());
      if (ca != cb) {
        return ca - cb;
      }
    }
    return lengthA - lengthB;
  }
}
