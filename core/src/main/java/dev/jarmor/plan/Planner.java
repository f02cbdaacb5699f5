package dev.jarmor.plan;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.hierarchy.MethodFamilies.Family;
import dev.jarmor.hierarchy.MissingClasses;
import dev.jarmor.hierarchy.Nesting;
import dev.jarmor.rename.NameGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Turns the analyzers' {@link Decision}s into a {@link Plan}: every name not kept gets a new one.
 *
 * <p>Collisions are avoided the way the JVM sees them. A method family's new name must not equal,
 * with the same descriptor, any other method declared in a supertype or subtype of one of its
 * classes (that would create or break an override); a field's new name must not equal, with the
 * same descriptor, a field of a supertype or subtype (that would change what a reference resolves
 * to). Names are otherwise reused freely across descriptors and unrelated classes, which is what
 * makes the output small. Packages are renamed whole (package-private access keeps working); a
 * package that holds a kept class keeps its name, and its other classes get new names inside it.
 *
 * <p>Known limit: with {@code --repackage}, package-private methods of different original packages
 * that shared a signature could start to override each other; they are kept in one family anyway,
 * which keeps them consistent but not apart.
 */
public final class Planner {

  /** How names are made: the generator, an optional target package, and an earlier release's names. */
  public record Naming(NameGenerator generator, String repackage, PriorNames prior, Set<String> reservedPackages) {}

  private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
      "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
      "lpt8", "lpt9");

  private static final String PACKAGE_INFO = "package-info";
  private static final String SERIAL_VERSION_UID = "serialVersionUID";

  private final Hierarchy hierarchy;
  private final Naming naming;
  private final SortedKeeps keeps = new SortedKeeps();
  private final Map<String, Set<String>> relatedCache = new HashMap<>();
  private final Set<String> methodsFoundByName = new HashSet<>();
  private final Set<String> fieldsFoundByName = new HashSet<>();
  private final MemberNames methodNames = new MemberNames(ClassInfo::declaresMethod,
      owner -> isAnnotationType(owner) || methodsFoundByName.contains(owner),
      key -> missing().declaresUnseenMethod(key));
  private final MemberNames fieldNames = new MemberNames(ClassInfo::declaresField,
      owner -> isSerializable(owner) || fieldsFoundByName.contains(owner),
      key -> missing().declaresUnseenField(key));
  private final Map<String, Integer> searchStart = new HashMap<>();

  public Planner(Hierarchy hierarchy, Naming naming) {
    this.hierarchy = hierarchy;
    this.naming = naming;
  }

  /** Makes the plan. Decisions about classes or members that are not in the program are ignored. */
  public Plan plan(List<Decision> decisions) {
    Map<String, Long> serialVersions = new TreeMap<>();
    Set<MemberRef> constants = new TreeSet<>();
    Map<ConstantSite, List<Decision>> adaptations = new TreeMap<>();
    List<Decision> notes = new ArrayList<>();
    for (Decision decision : decisions) {
      if (decision.target() instanceof Target.PackageTarget) {
        keeps.add(decision.target(), decision.reason());
        continue;
      }
      if (!hierarchy.isProgramClass(decision.target().owner())) {
        continue;
      }
      if (decision.action() instanceof Decision.PinSerialVersion pin) {
        serialVersions.putIfAbsent(decision.target().owner(), pin.value());
        keeps.add(Target.ofField(decision.target().owner(), SERIAL_VERSION_UID, "J"), decision.reason());
      } else if (decision.action() instanceof Decision.Note) {
        notes.add(decision);
      } else if (decision.action() instanceof Decision.KeepConstant) {
        constants.add(((Target.FieldTarget) decision.target()).ref());
        keeps.add(decision.target(), decision.reason());
      } else if (decision.action() instanceof Decision.Adapt adapt) {
        adaptations.computeIfAbsent(adapt.site(), k -> new ArrayList<>()).add(decision);
        if (adapt.form() == NameForm.MEMBER) {
          (decision.target() instanceof Target.FieldTarget ? fieldsFoundByName : methodsFoundByName)
              .add(decision.target().owner());
        }
      } else {
        keeps.add(decision.target(), decision.reason());
      }
    }
    SortedMap<ConstantSite, Adaptation> adapted = agreedAdaptations(adaptations);
    Map<String, String> packageNames = new TreeMap<>();
    Map<String, String> classNames = planClasses(packageNames);
    Map<Family, String> familyNames = planMethods();
    Map<MemberRef, String> fieldNames = planFields();
    return new Plan(hierarchy, classNames, packageNames, familyNames, fieldNames, keeps.sorted(), constants,
        serialVersions, adapted, uncovered(notes));
  }

  /** The notes whose lookups may find a name that does not keep (after every keep is known). */
  private SortedMap<Target, List<Reason>> uncovered(List<Decision> notes) {
    SortedKeeps result = new SortedKeeps();
    for (Decision note : notes) {
      Set<Target> finds = ((Decision.Note) note.action()).finds();
      if (finds.isEmpty() || !finds.stream().allMatch(keeps::has)) {
        result.add(note.target(), note.reason());
      }
    }
    return result.sorted();
  }

  /**
   * One adaptation per string constant. Where analyzers disagree on what a string names, no single
   * new spelling is right, so every name it might mean is kept and the string stays as it is.
   */
  private SortedMap<ConstantSite, Adaptation> agreedAdaptations(Map<ConstantSite, List<Decision>> bySite) {
    SortedMap<ConstantSite, Adaptation> result = new TreeMap<>();
    bySite.forEach((site, decisions) -> {
      Decision first = decisions.get(0);
      Decision.Adapt adapt = (Decision.Adapt) first.action();
      boolean agreed = decisions.stream().allMatch(d -> d.target().equals(first.target())
          && ((Decision.Adapt) d.action()).form() == adapt.form());
      if (agreed) {
        Set<Reason> reasons = new TreeSet<>();
        decisions.forEach(d -> reasons.add(d.reason()));
        result.put(site, new Adaptation(first.target(), adapt.text(), adapt.form(), List.copyOf(reasons)));
        return;
      }
      Set<Target> meanings = new TreeSet<>();
      decisions.forEach(d -> meanings.add(d.target()));
      for (Decision decision : decisions) {
        keeps.add(decision.target(), new Reason("adaptation", "\"" + adapt.text() + "\" at " + site
            + " may name any of " + meanings + ", so it stays and they keep their names"));
      }
    });
    return result;
  }

  // ---- classes and packages

  private Map<String, String> planClasses(Map<String, String> packageNames) {
    keepEnclosingClasses();
    Set<String> keptClasses = new TreeSet<>();
    Set<String> keptPackages = new TreeSet<>();
    Set<String> allPackages = new TreeSet<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      allPackages.add(cls.packageName());
      if (keeps.has(Target.ofPackage(cls.packageName()))) {
        keptPackages.add(cls.packageName());
      }
      if (keeps.has(Target.ofClass(cls.name()))) {
        keptClasses.add(cls.name());
        keptPackages.add(cls.packageName());
      }
    }
    Map<String, String> classNames = new TreeMap<>();
    Map<String, Set<String>> simpleNamesTaken = new HashMap<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      if (keptPackages.contains(cls.packageName())) {
        simpleNamesTaken.computeIfAbsent(cls.packageName(), k -> new HashSet<>())
            .add(simpleName(cls.name()).toLowerCase(Locale.ROOT));
      }
    }
    // names an earlier release gave stay first in line
    for (ClassInfo cls : hierarchy.programClasses()) {
      String prior = naming.prior().className(cls.name());
      boolean packageMayChange = !keptPackages.contains(cls.packageName())
          || prior != null && ClassInfo.packageOf(prior).equals(cls.packageName());
      if (prior != null && !keptClasses.contains(cls.name()) && packageMayChange
          && simpleNamesTaken.computeIfAbsent(ClassInfo.packageOf(prior), k -> new HashSet<>())
              .add(simpleName(prior).toLowerCase(Locale.ROOT))) {
        classNames.put(cls.name(), prior);
        if (!keptPackages.contains(cls.packageName())) {
          packageNames.putIfAbsent(cls.packageName(), ClassInfo.packageOf(prior));
        }
      }
    }
    Set<String> packagesTaken = new HashSet<>(naming.reservedPackages());
    packagesTaken.addAll(allPackages);
    packagesTaken.addAll(packageNames.values());
    int nextPackage = 0;
    for (String pkg : allPackages) {
      if (keptPackages.contains(pkg) || packageNames.containsKey(pkg)) {
        continue;
      }
      if (naming.repackage() != null) {
        packageNames.put(pkg, naming.repackage());
        continue;
      }
      String name;
      do {
        name = naming.generator().name(nextPackage++);
      } while (packagesTaken.contains(name) || DEVICE_NAMES.contains(name.toLowerCase(Locale.ROOT)));
      packagesTaken.add(name);
      packageNames.put(pkg, name);
    }
    ClassNamer namer = new ClassNamer(keptClasses, classNames, packageNames, simpleNamesTaken);
    for (ClassInfo cls : hierarchy.programClasses()) {
      namer.name(cls);
    }
    packageNames.keySet().removeIf(keptPackages::contains);
    return classNames;
  }

  /** A nested class's name begins with its enclosing class's, so keeping it keeps that one too. */
  private void keepEnclosingClasses() {
    for (ClassInfo cls : hierarchy.programClasses()) {
      if (!keeps.has(Target.ofClass(cls.name()))) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (String outer = cls.nesting().enclosing();
          outer != null && hierarchy.isProgramClass(outer) && seen.add(outer);
          outer = hierarchy.find(outer).nesting().enclosing()) {
        keeps.add(Target.ofClass(outer), new Reason("nesting", "encloses kept " + cls
            + ", whose name begins with this one's"));
      }
    }
  }

  /**
   * Gives each class not kept and without an earlier release's name a new one: a top-level class a
   * fresh simple name in its (new) package, a nested class one after its enclosing class's new name,
   * {@code Outer$a} for a member, {@code Outer$1a} for a local and {@code Outer$1} for an anonymous
   * class, the forms generic signatures and {@code Class.getSimpleName} take apart again.
   */
  private final class ClassNamer {
    private final Set<String> keptClasses;
    private final Map<String, String> classNames;
    private final Map<String, String> packageNames;
    private final Map<String, Set<String>> simpleNamesTaken;
    private final Set<String> inProgress = new HashSet<>();

    ClassNamer(Set<String> keptClasses, Map<String, String> classNames, Map<String, String> packageNames,
        Map<String, Set<String>> simpleNamesTaken) {
      this.keptClasses = keptClasses;
      this.classNames = classNames;
      this.packageNames = packageNames;
      this.simpleNamesTaken = simpleNamesTaken;
    }

    /** The class's name in the output, given first to the classes it is nested in. */
    String name(ClassInfo cls) {
      if (keptClasses.contains(cls.name())) {
        return cls.name();
      }
      String given = classNames.get(cls.name());
      if (given != null) {
        return given;
      }
      // a class beside a kept class keeps its package (package-private access) but not its name
      String pkg = packageNames.getOrDefault(cls.packageName(), cls.packageName());
      Set<String> taken = simpleNamesTaken.computeIfAbsent(pkg, k -> new HashSet<>());
      String prefix = pkg.isEmpty() ? "" : pkg + "/";
      Nesting nesting = cls.nesting();
      String outer = nesting.enclosing();
      if (outer != null && hierarchy.isProgramClass(outer) && ClassInfo.packageOf(outer).equals(cls.packageName())
          && inProgress.add(cls.name())) {
        String outerName = name(hierarchy.find(outer));
        String outerSimple = simpleName(outerName);
        IntFunction<String> names = switch (nesting.kind()) {
          case ANONYMOUS -> i -> Integer.toString(i + 1);
          case LOCAL -> i -> "1" + naming.generator().name(i);
          default -> naming.generator()::name;
        };
        String scope = "nested " + outerName;
        String part = firstFree(List.of(scope), List.of(scope), names,
            candidate -> !taken.contains((outerSimple + "$" + candidate).toLowerCase(Locale.ROOT))
            && hierarchy.find(outerName + "$" + candidate) == null);
        return give(cls, taken, prefix + outerSimple + "$" + part);
      }
      if (simpleName(cls.name()).equals(PACKAGE_INFO)
          && (pkg.equals(cls.packageName()) || taken.add(PACKAGE_INFO))) {
        // the JVM finds a package's annotations under this exact name, so it moves with its package;
        // where --repackage merges packages, only the first one's package-info can keep the name
        return give(cls, taken, prefix + PACKAGE_INFO);
      }
      String simple = firstFree(List.of("package " + pkg), List.of("package " + pkg), naming.generator()::name,
          candidate -> !taken.contains(candidate.toLowerCase(Locale.ROOT))
          && !DEVICE_NAMES.contains(candidate.toLowerCase(Locale.ROOT))
          && hierarchy.find(prefix + candidate) == null);
      return give(cls, taken, prefix + simple);
    }

    private String give(ClassInfo cls, Set<String> taken, String name) {
      taken.add(simpleName(name).toLowerCase(Locale.ROOT));
      if (!name.equals(cls.name())) {
        classNames.put(cls.name(), name);
      }
      return name;
    }
  }

  private static String simpleName(String internalName) {
    return internalName.substring(internalName.lastIndexOf('/') + 1);
  }

  // ---- methods

  private Map<Family, String> planMethods() {
    List<Family> renamable = new ArrayList<>();
    for (Family family : hierarchy.families().all()) {
      Reason inherited = keptMember(family);
      if (inherited != null || !family.libraryMembers().isEmpty()) {
        for (MemberRef member : family.members()) {
          if (hierarchy.isProgramClass(member.owner())) {
            methodNames.take(member.owner(), member.name(), member.descriptor());
            if (inherited != null) {
              keeps.add(new Target.MethodTarget(member), inherited);
            }
          }
        }
      } else {
        renamable.add(family);
      }
    }
    Map<Family, String> names = new HashMap<>();
    List<Family> fresh = new ArrayList<>();
    for (Family family : renamable) {
      String prior = priorName(family);
      Set<String> related = related(programOwners(family));
      if (prior != null && methodNames.isFree(related, prior, family.descriptor())) {
        assign(names, family, prior, related);
      } else {
        fresh.add(family);
      }
    }
    for (Family family : fresh) {
      Set<String> related = related(programOwners(family));
      String name = firstFree(scopes(related, family.descriptor()), scopes(programOwners(family), family.descriptor()),
          naming.generator()::name,
          candidate -> methodNames.isFree(related, candidate, family.descriptor()));
      assign(names, family, name, related);
    }
    return names;
  }

  private void assign(Map<Family, String> names, Family family, String name, Set<String> related) {
    names.put(family, name);
    for (String owner : programOwners(family)) {
      methodNames.take(owner, name, family.descriptor());
    }
  }

  /** The first reason any member of the family is kept for, or null. */
  private Reason keptMember(Family family) {
    for (MemberRef member : family.members()) {
      List<Reason> reasons = keeps.get(new Target.MethodTarget(member));
      if (reasons != null) {
        return reasons.get(0);
      }
    }
    return null;
  }

  private String priorName(Family family) {
    for (MemberRef member : family.members()) {
      String prior = naming.prior().methodName(member);
      if (prior != null) {
        return prior;
      }
    }
    return null;
  }

  private List<String> programOwners(Family family) {
    return family.members().stream().map(MemberRef::owner).filter(hierarchy::isProgramClass).toList();
  }




  // ---- fields

  private Map<MemberRef, String> planFields() {
    List<MemberRef> renamable = new ArrayList<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      for (MemberInfo field : cls.fields()) {
        MemberRef ref = new MemberRef(cls.name(), field.name(), field.descriptor());
        if (keeps.has(new Target.FieldTarget(ref))) {
          fieldNames.take(cls.name(), field.name(), field.descriptor());
        } else {
          renamable.add(ref);
        }
      }
    }
    Map<MemberRef, String> names = new HashMap<>();
    List<MemberRef> fresh = new ArrayList<>();
    for (MemberRef field : renamable) {
      String prior = naming.prior().fieldName(field);
      Set<String> related = related(List.of(field.owner()));
      if (prior != null && fieldNames.isFree(related, prior, field.descriptor())) {
        names.put(field, prior);
        fieldNames.take(field.owner(), prior, field.descriptor());
      } else {
        fresh.add(field);
      }
    }
    for (MemberRef field : fresh) {
      Set<String> related = related(List.of(field.owner()));
      String name = firstFree(scopes(related, "field " + field.descriptor()),
          scopes(List.of(field.owner()), "field " + field.descriptor()), naming.generator()::name,
          candidate -> fieldNames.isFree(related, candidate, field.descriptor()));
      names.put(field, name);
      fieldNames.take(field.owner(), name, field.descriptor());
    }
    return names;
  }




  // ---- shared


  /** The classes, program and library, in which a name given to these owners' member could collide. */
  private Set<String> related(List<String> owners) {
    Set<String> result = new LinkedHashSet<>();
    for (String owner : owners) {
      result.addAll(relatedCache.computeIfAbsent(owner, o -> {
        Set<String> set = new LinkedHashSet<>();
        set.add(o);
        hierarchy.ancestors(o).forEach(a -> set.add(a.name()));
        set.addAll(hierarchy.descendants(o));
        return set;
      }));
    }
    return result;
  }



  /**
   * The first candidate that {@code free} accepts. The search starts past every name already given
   * in any of the {@code searched} scopes (a package, or an owner and descriptor), since those are
   * taken there; the chosen index then moves the start of the {@code claimed} scopes. Starting later
   * never makes a name wrong, {@code free} still checks it; it only saves trying taken names again,
   * which would otherwise make a package or class with n new names cost n^2.
   */
  private String firstFree(Collection<String> searched, Collection<String> claimed, IntFunction<String> names,
      Predicate<String> free) {
    int start = 0;
    for (String scope : searched) {
      start = Math.max(start, searchStart.getOrDefault(scope, 0));
    }
    for (int i = start; ; i++) {
      String candidate = names.apply(i);
      if (free.test(candidate)) {
        for (String scope : claimed) {
          searchStart.merge(scope, i + 1, Math::max);
        }
        return candidate;
      }
    }
  }

  private static List<String> scopes(Collection<String> owners, String descriptor) {
    List<String> scopes = new ArrayList<>(owners.size());
    for (String owner : owners) {
      scopes.add(owner + " " + descriptor);
    }
    return scopes;
  }

  private MissingClasses missing() {
    return hierarchy.missing();
  }

  private boolean isSerializable(String owner) {
    return hierarchy.mayBeSubtype(owner, "java/io/Serializable");
  }

  private boolean isAnnotationType(String owner) {
    ClassInfo info = hierarchy.find(owner);
    return info != null && info.is(org.objectweb.asm.Opcodes.ACC_ANNOTATION);
  }

  /**
   * The field or method names taken in each class. A name is free for a member when no related class
   * (supertype or subtype) has it with the same descriptor. Some classes are looked up by name alone,
   * and there a name must be unique whatever the descriptor: annotation types (elements are named in
   * annotations), Serializable classes (streams match fields by name), and classes whose members
   * reflection finds by name (getDeclaredField and getMethod ignore descriptors, or return types). A class
   * with a supertype that cannot be read may inherit any member from it: there, a name the program uses through
   * such a class for a member no readable class declares is taken too ({@link
   * dev.jarmor.hierarchy.MissingClasses#declaresUnseenMethod}).
   */
  private final class MemberNames {
    private final BiPredicate<ClassInfo, String> libraryDeclares;
    private final Predicate<String> byNameAlone;
    private final Predicate<String> missingDeclares;
    private final Map<String, Set<String>> taken = new HashMap<>();

    MemberNames(BiPredicate<ClassInfo, String> libraryDeclares, Predicate<String> byNameAlone,
        Predicate<String> missingDeclares) {
      this.libraryDeclares = libraryDeclares;
      this.byNameAlone = byNameAlone;
      this.missingDeclares = missingDeclares;
    }

    void take(String owner, String name, String descriptor) {
      Set<String> names = taken.computeIfAbsent(owner, k -> new HashSet<>());
      names.add(name + descriptor);
      if (byNameAlone.test(owner)) {
        names.add(name);
      }
    }

    boolean isFree(Set<String> related, String name, String descriptor) {
      String key = name + descriptor;
      for (String cls : related) {
        if (hierarchy.isProgramClass(cls)) {
          Set<String> names = taken.get(cls);
          if (names != null && (names.contains(key) || byNameAlone.test(cls) && names.contains(name))
              || missingDeclares.test(key) && !hierarchy.isComplete(cls)) {
            return false;
          }
        } else if (libraryDeclares.test(hierarchy.find(cls), key)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Targets and their reasons (kept names, or notes), without duplicates, in a stable order. */
  private static final class SortedKeeps {
    private final Map<Target, Set<Reason>> map = new HashMap<>();

    void add(Target target, Reason reason) {
      map.computeIfAbsent(target, k -> new TreeSet<>()).add(reason);
    }

    boolean has(Target target) {
      return map.containsKey(target);
    }

    List<Reason> get(Target target) {
      Set<Reason> reasons = map.get(target);
      return reasons == null ? null : List.copyOf(reasons);
    }

    java.util.SortedMap<Target, List<Reason>> sorted() {
      TreeMap<Target, List<Reason>> result = new TreeMap<>();
      map.forEach((target, reasons) -> result.put(target, List.copyOf(reasons)));
      return result;
    }
  }
}
