package dev.jarmor.boundary;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The classes of one program whose serialized form stays as the unprotected build writes it, each
 * with the words a reason gives for it: what the wire-aware boundaries ask a {@link WireScope}, so
 * that they agree on which classes are open.
 */
final class OpenClasses {

  private static final String ALL = "--wire open";

  private final boolean all;
  private final Set<String> except;
  private final Map<String, String> why;

  private OpenClasses(boolean all, Set<String> except, Map<String, String> why) {
    this.all = all;
    this.except = except;
    this.why = why;
  }

  /** Every class but {@code except}: {@code --wire open}. */
  static OpenClasses allBut(Set<String> except) {
    return new OpenClasses(true, Set.copyOf(except), Map.of());
  }

  /** The given classes (internal name to why). */
  static OpenClasses of(Map<String, String> why) {
    return new OpenClasses(false, Set.of(), new TreeMap<>(why));
  }

  boolean contains(String internalName) {
    return all ? !except.contains(internalName) : why.containsKey(internalName);
  }

  /** What opened the class, for a reason's text: "--wire open", "--wire-open com.acme.*", or an edge of the serialized graph. */
  String why(String internalName) {
    return all ? ALL : why.get(internalName);
  }
}
