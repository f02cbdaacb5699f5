package dev.jarmor.hierarchy;

import java.util.function.Predicate;

/**
 * The class whose Scala signature describes a class: Scala 2 pickles a top-level class, its companion
 * object ({@code Sale$}) and the classes nested in them ({@code Shop$Rules$}) into the top-level
 * class's {@code ScalaSignature}, and Scala 3 writes them into its one {@code .tasty} file. That
 * owner is the name up to the first {@code $} of the simple name, where that is a program class.
 */
public final class ScalaSignatureOwner {

  private static final String TASTY_SUFFIX = ".tasty";

  private ScalaSignatureOwner() {}

  /** The internal name of the class holding {@code className}'s signature ({@code className} itself if top-level). */
  public static String of(String className, Predicate<String> isProgramClass) {
    int simple = className.lastIndexOf('/') + 1;
    int dollar = className.indexOf('$', simple + 1);
    if (dollar < 0) {
      return className;
    }
    String owner = className.substring(0, dollar);
    return isProgramClass.test(owner) ? owner : className;
  }

  /**
   * The internal name of the class whose Scala 3 signature a {@code .tasty} file at {@code path} would
   * be (the file lies beside its class), or null if {@code path} is no {@code .tasty} file.
   */
  public static String ofTasty(String path) {
    return path.endsWith(TASTY_SUFFIX) ? path.substring(0, path.length() - TASTY_SUFFIX.length()) : null;
  }

  /** Whether {@code className} is {@code owner} or described by its signature. */
  public static boolean describes(String owner, String className) {
    return className.equals(owner) || className.startsWith(owner + "$");
  }
}
