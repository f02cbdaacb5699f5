package dev.jarmor.kotlin;

import dev.jarmor.plan.Plan;

/**
 * Kotlin's spelling of class names under a plan. Metadata writes a class as {@code pkg/Outer.Inner} (a local
 * or anonymous class as {@code .pkg/Outer$1}), where the JVM has {@code pkg/Outer$Inner}; the plan names a nested
 * class after its enclosing class's new name ({@code Outer$a}), so the new Kotlin name is the enclosing class's new
 * Kotlin name, a dot, and what follows it in the new JVM name.
 */
final class KotlinNames {

  private final Plan plan;

  KotlinNames(Plan plan) {
    this.plan = plan;
  }

  /** The JVM internal name of a Kotlin class name. */
  static String jvmName(String kotlinName) {
    String bare = kotlinName.startsWith(".") ? kotlinName.substring(1) : kotlinName;
    return bare.replace('.', '$');
  }

  /** The new Kotlin name of the class {@code kotlinName} names. */
  String className(String kotlinName) {
    boolean local = kotlinName.startsWith(".");
    String bare = local ? kotlinName.substring(1) : kotlinName;
    String jvm = bare.replace('.', '$');
    String renamed = plan.className(jvm);
    if (renamed.equals(jvm)) {
      return kotlinName;
    }
    if (local) {
      return "." + renamed;
    }
    int dot = bare.lastIndexOf('.');
    if (dot < 0) {
      return renamed;
    }
    String outer = className(bare.substring(0, dot));
    String outerJvm = outer.replace('.', '$');
    return renamed.startsWith(outerJvm + "$") ? outer + "." + renamed.substring(outerJvm.length() + 1) : renamed;
  }

  /** The new simple name of the class nested in {@code outerJvm} as {@code simpleName}. */
  String nestedName(String outerJvm, String simpleName) {
    String nested = outerJvm + "$" + simpleName;
    String renamed = plan.className(nested);
    String outerRenamed = plan.className(outerJvm);
    return !renamed.equals(nested) && renamed.startsWith(outerRenamed + "$")
        ? renamed.substring(outerRenamed.length() + 1) : simpleName;
  }
}
