package dev.jarmor.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;

/**
 * The access modifiers a class or member specification requires or, negated with {@code !}, forbids,
 * as in {@code public !static}.
 *
 * <p>A modifier that a kind of member cannot have ({@code volatile} on a method, {@code native} on a
 * field) never matches it; negated, it always does. The JVM shares one bit between {@code volatile}
 * and {@code bridge} and one between {@code transient} and {@code varargs}, so checking the kind
 * first keeps {@code volatile <fields>;} from matching bridge methods in a {@code *;}-style spec.
 */
public final class AccessModifiers {

  /** One modifier keyword, possibly negated. */
  public record Entry(String keyword, boolean negated) {
    @Override
    public String toString() {
      return (negated ? "!" : "") + keyword;
    }
  }

  private static final Map<String, Integer> CLASS = Map.of(
      "public", Opcodes.ACC_PUBLIC,
      "final", Opcodes.ACC_FINAL,
      "abstract", Opcodes.ACC_ABSTRACT,
      "synthetic", Opcodes.ACC_SYNTHETIC);

  private static final Map<String, Integer> FIELD = Map.of(
      "public", Opcodes.ACC_PUBLIC,
      "private", Opcodes.ACC_PRIVATE,
      "protected", Opcodes.ACC_PROTECTED,
      "static", Opcodes.ACC_STATIC,
      "final", Opcodes.ACC_FINAL,
      "volatile", Opcodes.ACC_VOLATILE,
      "transient", Opcodes.ACC_TRANSIENT,
      "synthetic", Opcodes.ACC_SYNTHETIC);

  private static final Map<String, Integer> METHOD = Map.ofEntries(
      Map.entry("public", Opcodes.ACC_PUBLIC),
      Map.entry("private", Opcodes.ACC_PRIVATE),
      Map.entry("protected", Opcodes.ACC_PROTECTED),
      Map.entry("static", Opcodes.ACC_STATIC),
      Map.entry("final", Opcodes.ACC_FINAL),
      Map.entry("synchronized", Opcodes.ACC_SYNCHRONIZED),
      Map.entry("native", Opcodes.ACC_NATIVE),
      Map.entry("abstract", Opcodes.ACC_ABSTRACT),
      Map.entry("strictfp", Opcodes.ACC_STRICT),
      Map.entry("bridge", Opcodes.ACC_BRIDGE),
      Map.entry("varargs", Opcodes.ACC_VARARGS),
      Map.entry("synthetic", Opcodes.ACC_SYNTHETIC));

  private final List<Entry> entries;

  AccessModifiers(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static boolean isClassModifier(String keyword) {
    return CLASS.containsKey(keyword);
  }

  static boolean isMemberModifier(String keyword) {
    return FIELD.containsKey(keyword) || METHOD.containsKey(keyword);
  }

  /** The first modifier no field can have ({@code native}, ...), or null. */
  String notForFields() {
    return entries.stream().map(Entry::keyword).filter(k -> !FIELD.containsKey(k)).findFirst().orElse(null);
  }

  /** The first modifier no method can have ({@code volatile}, {@code transient}), or null. */
  String notForMethods() {
    return entries.stream().map(Entry::keyword).filter(k -> !METHOD.containsKey(k)).findFirst().orElse(null);
  }

  public List<Entry> entries() {
    return entries;
  }

  boolean matchesClass(int access) {
    return matches(access, CLASS);
  }

  boolean matchesField(int access) {
    return matches(access, FIELD);
  }

  boolean matchesMethod(int access) {
    return matches(access, METHOD);
  }

  private boolean matches(int access, Map<String, Integer> flags) {
    for (Entry entry : entries) {
      Integer flag = flags.get(entry.keyword());
      boolean set = flag != null && (access & flag) != 0;
      if (set == entry.negated()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return entries.stream().map(Entry::toString).collect(Collectors.joining(" "));
  }
}
