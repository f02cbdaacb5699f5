package dev.jarmor.hierarchy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * A class or interface as the hierarchy sees it: its supertypes and the members it declares.
 *
 * <p>Program classes are built from their parsed trees (members of all multi-release variants
 * merged); library classes from their headers only.
 */
public final class ClassInfo {

  private final String name;
  private final String superName;
  private final List<String> interfaces;
  private final int access;
  private final boolean program;
  private final Nesting nesting;
  private final List<String> annotations;
  private final Map<String, MemberInfo> fields;
  private final Map<String, MemberInfo> methods;

  public ClassInfo(String name, String superName, List<String> interfaces, int access, boolean program,
      Nesting nesting, List<String> annotations, List<MemberInfo> fields, List<MemberInfo> methods) {
    this.name = name;
    this.superName = superName;
    this.interfaces = List.copyOf(interfaces);
    this.access = access;
    this.program = program;
    this.nesting = nesting;
    this.annotations = List.copyOf(annotations);
    this.fields = index(fields);
    this.methods = index(methods);
  }

  private static Map<String, MemberInfo> index(List<MemberInfo> members) {
    Map<String, MemberInfo> map = new LinkedHashMap<>();
    for (MemberInfo member : members) {
      map.putIfAbsent(member.key(), member);
    }
    return map;
  }

  /** Internal name, e.g. {@code com/acme/Foo}. */
  public String name() {
    return name;
  }

  /** Internal name of the superclass; null only for java/lang/Object and module-info. */
  public String superName() {
    return superName;
  }

  public List<String> interfaces() {
    return interfaces;
  }

  public int access() {
    return access;
  }

  public boolean is(int flag) {
    return (access & flag) != 0;
  }

  public boolean isInterface() {
    return is(Opcodes.ACC_INTERFACE);
  }

  /** True for a class of the program being protected, false for a library or JDK class. */
  public boolean isProgram() {
    return program;
  }

  /** Where the class is declared (always top level for a library class). */
  public Nesting nesting() {
    return nesting;
  }

  /** Descriptors of the class's annotations (visible and invisible). */
  public List<String> annotations() {
    return annotations;
  }

  /** Declared fields, in declaration order. */
  public java.util.Collection<MemberInfo> fields() {
    return fields.values();
  }

  /** Declared methods, in declaration order. */
  public java.util.Collection<MemberInfo> methods() {
    return methods.values();
  }

  /** The declared field of that name and descriptor, or null. */
  public MemberInfo field(String name, String descriptor) {
    return fields.get(name + descriptor);
  }

  /** The declared method of that name and descriptor, or null. */
  public MemberInfo method(String name, String descriptor) {
    return methods.get(name + descriptor);
  }

  /** The declared method of that {@code name + descriptor} key, or null. */
  public MemberInfo methodByKey(String key) {
    return methods.get(key);
  }

  /** Declared methods by {@code name + descriptor} key, in declaration order. */
  public Map<String, MemberInfo> methodsByKey() {
    return java.util.Collections.unmodifiableMap(methods);
  }

  /** Whether a method of that {@code name + descriptor} key is declared here. */
  public boolean declaresMethod(String key) {
    return methods.containsKey(key);
  }

  /** Whether a field of that {@code name + descriptor} key is declared here. */
  public boolean declaresField(String key) {
    return fields.containsKey(key);
  }

  /** The package, as an internal name prefix without the trailing slash ("" for the default package). */
  public String packageName() {
    return packageOf(name);
  }

  public static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash);
  }

  @Override
  public String toString() {
    return name.replace('/', '.');
  }
}
