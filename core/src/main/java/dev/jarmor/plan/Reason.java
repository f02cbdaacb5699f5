package dev.jarmor.plan;

/**
 * Why a name is kept, in words a user can act on.
 *
 * @param source the analyzer or option that decided it ({@code entry-point}, {@code rule}, ...)
 * @param text what it found, e.g. "Main-Class in META-INF/MANIFEST.MF"
 */
public record Reason(String source, String text) implements Comparable<Reason> {

  /**
   * What a reason says before its advice: a note reads {@code <what was found>; <what to do about it>}, and a
   * summary or a short list shows the first part only ({@code explain}'s summary, the demo's warnings).
   */
  public static String headline(String text) {
    int advice = text.indexOf("; ");
    return advice < 0 ? text : text.substring(0, advice);
  }

  @Override
  public int compareTo(Reason other) {
    int c = source.compareTo(other.source);
    return c != 0 ? c : text.compareTo(other.text);
  }

  @Override
  public String toString() {
    return text + " [" + source + "]";
  }
}
