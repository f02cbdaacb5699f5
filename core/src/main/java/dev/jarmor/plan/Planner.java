package dev.jarmor.plan;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.hierarchy.MethodFamilies.Family;
import dev.jarmor.hierarchy.Nesting;
import dev.jarmor.rename.NameGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

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
  private final KeptReasons keeps = new KeptReasons();
  private final Set<String> methodsFoundByName = new HashSet<>();
  private final Set<String> fieldsFoundByName = new HashSet<>();
  private final NameSearch search = new NameSearch();
  private final MemberNamer methodNames;
  private final MemberNamer fieldNames;

  public Planner(Hierarchy hierarchy, Naming naming) {
    this.hierarchy = hierarchy;
    this.naming = naming;
    this.methodNames = new MemberNamer(hierarchy, naming.generator(), search, "", ClassInfo::declaresMethod,
        owner -> isAnnotationType(owner) || methodsFoundByName.contains(owner),
        key -> hierarchy.missing().declaresUnseenMethod(key));
    this.fieldNames = new MemberNamer(hierarchy, naming.generator(), search, "field ", ClassInfo::declaresField,
        owner -> isSerializable(owner) || fieldsFoundByName.contains(owner),
        key -> hierarchy.missing().declaresUnseenField(key));
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
    return new Plan(hierarchy, classNames, packageNames, familyNames, fieldNames, keeps.all(), constants,
        serialVersions, adapted, uncovered(notes));
  }

  /** The notes whose lookups may find a name that does not keep (after every keep is known). */
  private SortedMap<Target, List<Reason>> uncovered(List<Decision> notes) {
    KeptReasons result = new KeptReasons();
    for (Decision note : notes) {
      Set<Target> finds = ((Decision.Note) note.action()).finds();
      if (finds.isEmpty() || !finds.stream().allMatch(keeps::has)) {
        result.add(note.target(), note.reason());
      }
    }
    return new TreeMap<>(result.all());
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
        name = naming.generator().forPackages().name(nextPackage++);
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
        String part = search.firstFree(List.of(scope), List.of(scope), names,
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
      String simple = search.firstFree(List.of("package " + pkg), List.of("package " + pkg), naming.generator()::name,
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

  // ---- methods and fields

  private Map<Family, String> planMethods() {
    List<MemberNamer.Member<Family>> renamable = new ArrayList<>();
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
        renamable.add(new MemberNamer.Member<>(family, programOwners(family), family.descriptor(), priorName(family)));
      }
    }
    return methodNames.name(renamable);
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

  private Map<MemberRef, String> planFields() {
    List<MemberNamer.Member<MemberRef>> renamable = new ArrayList<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      for (MemberInfo field : cls.fields()) {
        MemberRef ref = new MemberRef(cls.name(), field.name(), field.descriptor());
        if (keeps.has(new Target.FieldTarget(ref))) {
          fieldNames.take(cls.name(), field.name(), field.descriptor());
        } else {
          renamable.add(new MemberNamer.Member<>(ref, List.of(cls.name()), field.descriptor(),
              naming.prior().fieldName(ref)));
        }
      }
    }
    return fieldNames.name(renamable);
  }

  private boolean isSerializable(String owner) {
    return hierarchy.mayBeSubtype(owner, "java/io/Serializable");
  }

  private boolean isAnnotationType(String owner) {
    ClassInfo info = hierarchy.find(owner);
    return info != null && info.is(org.objectweb.asm.Opcodes.ACC_ANNOTATION);
  }

  /** Targets and their reasons (kept names, or notes), without duplicates, reasons in order. */
  private static final class KeptReasons {
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

    Map<Target, List<Reason>> all() {
      Map<Target, List<Reason>> result = new HashMap<>();
      map.forEach((target, reasons) -> result.put(target, List.copyOf(reasons)));
      return result;
    }
  }
}
