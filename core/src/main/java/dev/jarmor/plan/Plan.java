package dev.jarmor.plan;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.hierarchy.MethodFamilies.Family;
import org.objectweb.asm.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every class and member is called in the output, and why each kept name is kept.
 *
 * <p>The plan is immutable and complete: passes look names up here and never decide themselves.
 * References are resolved through the {@link Hierarchy} the way the JVM resolves them, so a call
 * through a subclass or an interface finds the declaration's new name.
 */
public final class Plan {

  private final Hierarchy hierarchy;
  private final Map<String, String> classNames;
  private final Map<String, String> classLookup;
  private final Map<String, String> packageNames;
  private final Map<Family, String> familyNames;
  private final Map<MemberRef, String> fieldNames;
  /** Every kept name's reasons; sorted only when asked for ({@link #keeps}), as reports alone need them in order. */
  private final Map<Target, List<Reason>> keeps;
  private volatile SortedMap<Target, List<Reason>> sortedKeeps;
  private final Set<MemberRef> constants;
  private final SortedMap<String, Long> serialVersions;
  private final SortedMap<ConstantSite, Adaptation> adaptations;
  private final SortedMap<Target, List<Reason>> notes;
  private final Map<MemberRef, String> methodCache = new ConcurrentHashMap<>();
  private final Map<MemberRef, String> fieldCache = new ConcurrentHashMap<>();

  Plan(Hierarchy hierarchy, Map<String, String> classNames, Map<String, String> packageNames,
      Map<Family, String> familyNames, Map<MemberRef, String> fieldNames, Map<Target, List<Reason>> keeps,
      Set<MemberRef> constants, Map<String, Long> serialVersions, SortedMap<ConstantSite, Adaptation> adaptations,
      SortedMap<Target, List<Reason>> notes) {
    this.hierarchy = hierarchy;
    this.classNames = Collections.unmodifiableSortedMap(new TreeMap<>(classNames));
    // every type in every descriptor is looked up: a hash map, not the sorted one
    this.classLookup = new HashMap<>(classNames);
    this.packageNames = Collections.unmodifiableSortedMap(new TreeMap<>(packageNames));
    this.familyNames = Map.copyOf(familyNames);
    this.fieldNames = Map.copyOf(fieldNames);
    this.keeps = Collections.unmodifiableMap(keeps);
    this.constants = Set.copyOf(constants);
    this.serialVersions = Collections.unmodifiableSortedMap(new TreeMap<>(serialVersions));
    this.adaptations = Collections.unmodifiableSortedMap(adaptations);
    this.notes = Collections.unmodifiableSortedMap(notes);
  }

  /**
   * This plan with every name staying as it is: what the passes after renaming read when renaming
   * is switched off. Keeps, constants, pins and notes stay, since they do not depend on renaming.
   */
  public Plan withoutRenaming() {
    return new Plan(hierarchy, Map.of(), Map.of(), Map.of(), Map.of(), keeps, constants, serialVersions,
        new TreeMap<>(), notes);
  }

  /** The hierarchy of the input program this plan was made for. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** The output internal name of a class (itself if it keeps its name or is not a program class). */
  public String className(String internalName) {
    return classLookup.getOrDefault(internalName, internalName);
  }

  /** The output name of a package, as an internal name (itself if kept). */
  public String packageName(String internalName) {
    return packageNames.getOrDefault(internalName, internalName);
  }

  /** The output name of the method a reference resolves to. */
  public String methodName(String owner, String name, String descriptor) {
    if (name.startsWith("<") || owner.startsWith("[")) {
      return name;
    }
    return methodCache.computeIfAbsent(new MemberRef(owner, name, descriptor), ref -> {
      MemberRef declaration = hierarchy.resolveMethod(owner, name, descriptor);
      Family family = declaration == null ? null : hierarchy.families().of(declaration);
      return family == null ? name : familyNames.getOrDefault(family, name);
    });
  }

  /** The output name of the field a reference resolves to. */
  public String fieldName(String owner, String name, String descriptor) {
    return fieldCache.computeIfAbsent(new MemberRef(owner, name, descriptor), ref -> {
      MemberRef declaration = hierarchy.resolveField(owner, name, descriptor);
      return declaration == null ? name : fieldNames.getOrDefault(declaration, name);
    });
  }

  /** Renamed classes: original internal name to new internal name. */
  public Map<String, String> classNames() {
    return classNames;
  }

  /** Renamed field declarations and their new names. */
  public Map<MemberRef, String> fieldNames() {
    return fieldNames;
  }

  /** Renamed method families and their new names. */
  public Map<Family, String> familyNames() {
    return familyNames;
  }

  /**
   * Classes whose serialVersionUID is pinned, by original internal name, with the value: the one
   * the JVM computed for the original class, or the one it declares.
   */
  public SortedMap<String, Long> serialVersions() {
    return serialVersions;
  }

  /** Every kept name and all the reasons it is kept, sorted by class. */
  public SortedMap<Target, List<Reason>> keeps() {
    SortedMap<Target, List<Reason>> sorted = sortedKeeps;
    if (sorted == null) {
      sorted = Collections.unmodifiableSortedMap(new TreeMap<>(keeps));
      sortedKeeps = sorted;
    }
    return sorted;
  }

  /** Why the plan keeps a name, or null where it keeps it for no reason (a name may stay as it is regardless). */
  public List<Reason> whyKept(Target target) {
    return keeps.get(target);
  }

  /** How many names the plan keeps for a reason. */
  public int keptCount() {
    return keeps.size();
  }

  /**
   * Whether a {@code static final} field, by original names, keeps its compile-time constant value: it is
   * the program's API, and code compiled against it copies the value ({@link Decision.KeepConstant}).
   */
  public boolean keepsConstant(String owner, String name, String descriptor) {
    return constants.contains(new MemberRef(owner, name, descriptor));
  }

  /** Whether the plan keeps a method's name for a reason (not merely because nothing renamed it). */
  public boolean keepsMethod(String owner, String name, String descriptor) {
    return keeps.containsKey(new Target.MethodTarget(new MemberRef(owner, name, descriptor)));
  }

  /** Whether the plan keeps, for a reason, the name of the class or of any of its fields or methods. */
  public boolean keepsMembersOf(String owner) {
    return keptOwners().contains(owner);
  }

  private java.util.Set<String> keptOwners() {
    java.util.Set<String> owners = keptOwners;
    if (owners == null) {
      owners = new java.util.HashSet<>();
      for (Target target : keeps.keySet()) {
        if (target instanceof Target.ClassTarget c) {
          owners.add(c.name());
        } else if (target instanceof Target.FieldTarget f) {
          owners.add(f.ref().owner());
        } else if (target instanceof Target.MethodTarget m) {
          owners.add(m.ref().owner());
        }
      }
      keptOwners = owners;
    }
    return owners;
  }

  private volatile java.util.Set<String> keptOwners;

  /** The way back from output names to the input's, under this plan. */
  public OriginalNames originalNames() {
    OriginalNames names = originalNames;
    if (names == null) {
      names = new OriginalNames(this);
      originalNames = names;
    }
    return names;
  }

  private volatile OriginalNames originalNames;

  /** What analyzers could not decide and a user should know (lookups by a name not known), by class. */
  public SortedMap<Target, List<Reason>> notes() {
    return notes;
  }

  /** Every string constant that names a program class or member, by where it sits. */
  public SortedMap<ConstantSite, Adaptation> adaptations() {
    return adaptations;
  }

  /**
   * What the string constant at {@code site} reads in the output: the new spelling of what it names,
   * or {@code text} itself when no adaptation is planned there (or the input's text differs from the
   * one analysed, which would mean the site is not the one the analyzer saw).
   */
  public String adaptedText(ConstantSite site, String text) {
    Adaptation adaptation = adaptations.get(site);
    return adaptation == null || !adaptation.text().equals(text) ? text : newText(adaptation);
  }

  /** The new spelling of an adapted string. */
  public String newText(Adaptation adaptation) {
    String text = adaptation.text();
    return switch (adaptation.form()) {
      case DOTTED_CLASS -> className(text.replace('.', '/')).replace('/', '.');
      case INTERNAL_CLASS -> className(text);
      case DESCRIPTOR -> descriptor(text);
      case DOTTED_DESCRIPTOR -> descriptor(text.replace('.', '/')).replace('/', '.');
      case MEMBER -> memberName(adaptation.target(), text);
    };
  }

  private String memberName(Target target, String text) {
    if (target instanceof Target.MethodTarget m) {
      return methodName(m.ref().owner(), m.ref().name(), m.ref().descriptor());
    }
    return target instanceof Target.FieldTarget f ? fieldName(f.ref().owner(), f.ref().name(), f.ref().descriptor())
        : text;
  }

  /** A field or method descriptor with every program class renamed. */
  public String descriptor(String descriptor) {
    if (descriptor.startsWith("(")) {
      Type method = Type.getMethodType(descriptor);
      Type[] arguments = method.getArgumentTypes();
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = Type.getType(descriptor(arguments[i].getDescriptor()));
      }
      return Type.getMethodDescriptor(Type.getType(descriptor(method.getReturnType().getDescriptor())), arguments);
    }
    Type type = Type.getType(descriptor);
    if (type.getSort() == Type.ARRAY) {
      return "[".repeat(type.getDimensions()) + descriptor(type.getElementType().getDescriptor());
    }
    return type.getSort() == Type.OBJECT ? "L" + className(type.getInternalName()) + ";" : descriptor;
  }
}
