package dev.jarmor.plan;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The input's names of the output's classes and methods under one plan. Passes see output names,
 * while users write original ones ({@code --exclude}) and reports must show them: every translation
 * back goes through here. Safe for passes that run classes in parallel.
 */
public final class OriginalNames {

  private final Plan plan;
  private final Map<String, String> classes = new HashMap<>();
  private final Map<String, Map<String, MemberInfo>> methods = new ConcurrentHashMap<>();

  OriginalNames(Plan plan) {
    this.plan = plan;
    plan.classNames().forEach((original, renamed) -> classes.put(renamed, original));
  }

  /** The original internal name of an output class (itself if it keeps its name or is no program class). */
  public String className(String outputName) {
    return classes.getOrDefault(outputName, outputName);
  }

  /** A program class's methods, by original internal class name, keyed by output {@code name + descriptor}. */
  public Map<String, MemberInfo> methods(String originalClass) {
    return methods.computeIfAbsent(originalClass, name -> {
      ClassInfo cls = plan.hierarchy().find(name);
      Map<String, MemberInfo> byOutputKey = new HashMap<>();
      if (cls != null) {
        for (MemberInfo method : cls.methods()) {
          byOutputKey.put(plan.methodName(name, method.name(), method.descriptor())
              + plan.descriptor(method.descriptor()), method);
        }
      }
      return Map.copyOf(byOutputKey);
    });
  }

  /**
   * The original {@code name + descriptor} of a method of an output class, given by output {@code name +
   * descriptor}; unchanged for a method the passes added.
   */
  public String method(String outputClass, String outputMethod) {
    MemberInfo original = methods(className(outputClass)).get(outputMethod);
    return original == null ? outputMethod : original.key();
  }
}
