package dev.jarmor.mapping;

import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.plan.PriorNames;
import java.util.HashMap;
import java.util.Map;

/**
 * The names an earlier release's mapping gave ({@code --apply-mapping}), looked up by original
 * class name, member name and descriptor.
 *
 * <p>Only names that differ from the original are returned: a member the earlier release kept
 * ({@code x -> x}) has no earlier name to reuse, and the planner decides afresh whether to keep it.
 * Lines for code inlined into a method, or for members R8 moved from another class, are not
 * declarations of the class they are listed under and are ignored. Where a mapping lists one
 * member twice (R8 writes a line per line range), the first line wins.
 */
public final class MappingPriorNames implements PriorNames {

  private final Map<String, String> classes = new HashMap<>();
  private final Map<MemberRef, String> fields = new HashMap<>();
  private final Map<MemberRef, String> methods = new HashMap<>();

  public MappingPriorNames(Mapping mapping) {
    for (ClassMapping cls : mapping.classes()) {
      String owner = internalName(cls.originalName());
      if (cls.renamed()) {
        classes.put(owner, internalName(cls.newName()));
      }
      for (FieldMapping field : cls.fields()) {
        if (field.originalClass() == null && field.renamed()) {
          fields.putIfAbsent(new MemberRef(owner, field.originalName(), field.descriptor()), field.newName());
        }
      }
      for (MethodMapping method : cls.declarations()) {
        if (method.renamed() && !method.originalName().startsWith("<")) {
          methods.putIfAbsent(new MemberRef(owner, method.originalName(), method.descriptor()), method.newName());
        }
      }
    }
  }

  @Override
  public String className(String internalName) {
    return classes.get(internalName);
  }

  @Override
  public String fieldName(MemberRef field) {
    return fields.get(field);
  }

  @Override
  public String methodName(MemberRef method) {
    return methods.get(method);
  }

  private static String internalName(String javaName) {
    return javaName.replace('.', '/');
  }
}
