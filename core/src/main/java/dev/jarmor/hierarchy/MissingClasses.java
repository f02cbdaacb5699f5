package dev.jarmor.hierarchy;

import dev.jarmor.JarmorException;
import dev.jarmor.input.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The supertypes of program classes that are neither in the program, its libraries nor the JDK: the classes of
 * an optional integration whose jar the user does not have (an OSGi activator's {@code BundleActivator}, a JMX
 * bean's interface). Each is listed with the program classes that need it, those whose supertypes lead to it
 * and whose program supertypes do not already.
 *
 * <p>Such a supertype may declare anything, so the program must not give a member of an incomplete class a new
 * name the program already uses through that class for something no readable class declares (a field or method
 * the missing supertype declares): those names are {@linkplain #declaresUnseenMethod reserved}.
 */
public final class MissingClasses {

  /** Nothing is missing. */
  public static final MissingClasses NONE = new MissingClasses(new TreeMap<>(), new TreeMap<>(), Set.of(), Set.of());

  private static final int SHOWN_PACKAGES = 10;
  private static final int SHOWN_CLASSES = 3;

  private final SortedMap<String, SortedSet<String>> neededBy;
  private final SortedMap<String, String> namedBy;
  private final Set<String> unseenMethods;
  private final Set<String> unseenFields;

  private MissingClasses(SortedMap<String, SortedSet<String>> neededBy, SortedMap<String, String> namedBy,
      Set<String> unseenMethods, Set<String> unseenFields) {
    this.neededBy = Collections.unmodifiableSortedMap(neededBy);
    this.namedBy = Collections.unmodifiableSortedMap(namedBy);
    this.unseenMethods = Set.copyOf(unseenMethods);
    this.unseenFields = Set.copyOf(unseenFields);
  }

  static MissingClasses of(Hierarchy hierarchy, Program program) {
    SortedMap<String, SortedSet<String>> neededBy = new TreeMap<>();
    SortedMap<String, String> namedBy = new TreeMap<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      for (Map.Entry<String, String> missing : hierarchy.missingSupertypesNamedBy(cls.name()).entrySet()) {
        namedBy.putIfAbsent(missing.getKey(), missing.getValue());
        if (!inheritsNeed(hierarchy, cls, missing.getKey())) {
          neededBy.computeIfAbsent(missing.getKey(), k -> new TreeSet<>()).add(cls.name());
        }
      }
    }
    if (neededBy.isEmpty()) {
      return NONE;
    }
    // every instruction of the program is looked at: in parallel, into sets whose order nobody reads
    Set<String> methods = ConcurrentHashMap.newKeySet();
    Set<String> fields = ConcurrentHashMap.newKeySet();
    program.allClasses().parallelStream().forEach(pc -> {
      for (MethodNode method : pc.node().methods) {
        for (AbstractInsnNode insn : method.instructions) {
          collectUnseen(hierarchy, insn, methods, fields);
        }
      }
    });
    return new MissingClasses(neededBy, namedBy, methods, fields);
  }

  /** Whether a program supertype of the class already needs the missing one, so the class need not be named. */
  private static boolean inheritsNeed(Hierarchy hierarchy, ClassInfo cls, String missing) {
    List<String> direct = new ArrayList<>(cls.interfaces());
    if (cls.superName() != null) {
      direct.add(cls.superName());
    }
    return direct.stream()
        .anyMatch(s -> hierarchy.isProgramClass(s) && hierarchy.missingSupertypes(s).contains(missing));
  }

  /** A reference through an incomplete program class that resolves to nothing readable: a missing class declares it. */
  private static void collectUnseen(Hierarchy hierarchy, AbstractInsnNode insn, Set<String> methods,
      Set<String> fields) {
    if (insn instanceof MethodInsnNode call) {
      unseen(hierarchy, call.owner, call.name, call.desc, false, methods, fields);
    } else if (insn instanceof FieldInsnNode field) {
      unseen(hierarchy, field.owner, field.name, field.desc, true, methods, fields);
    } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Handle handle) {
      unseen(hierarchy, handle, methods, fields);
    } else if (insn instanceof InvokeDynamicInsnNode indy) {
      for (Object argument : indy.bsmArgs) {
        if (argument instanceof Handle handle) {
          unseen(hierarchy, handle, methods, fields);
        }
      }
    }
  }

  private static void unseen(Hierarchy hierarchy, Handle handle, Set<String> methods, Set<String> fields) {
    boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
    unseen(hierarchy, handle.getOwner(), handle.getName(), handle.getDesc(), field, methods, fields);
  }

  private static void unseen(Hierarchy hierarchy, String owner, String name, String descriptor, boolean field,
      Set<String> methods, Set<String> fields) {
    if (!hierarchy.isProgramClass(owner) || hierarchy.isComplete(owner) || name.startsWith("<")) {
      return;
    }
    if (field ? hierarchy.resolveField(owner, name, descriptor) == null
        : hierarchy.resolveMethod(owner, name, descriptor) == null) {
      (field ? fields : methods).add(name + descriptor);
    }
  }

  public boolean isEmpty() {
    return neededBy.isEmpty();
  }

  /**
   * Whether the program refers, through an incomplete class, to a method of this {@code name + descriptor} that no
   * readable class declares: a missing supertype declares it, and no member of an incomplete class may take it.
   */
  public boolean declaresUnseenMethod(String key) {
    return unseenMethods.contains(key);
  }

  /** The same for a field. */
  public boolean declaresUnseenField(String key) {
    return unseenFields.contains(key);
  }

  /**
   * These missing classes less what a filter ({@code -dontwarn}) silences, as ProGuard reads it: a warning
   * names a missing class and a class that needs it, and a filter matching either name silences it.
   */
  public MissingClasses without(Predicate<String> silenced) {
    SortedMap<String, SortedSet<String>> left = new TreeMap<>();
    neededBy.forEach((missing, needing) -> {
      if (!silenced.test(missing)) {
        SortedSet<String> still = new TreeSet<>(needing);
        still.removeIf(silenced);
        if (!still.isEmpty()) {
          left.put(missing, still);
        }
      }
    });
    return new MissingClasses(left, new TreeMap<>(namedBy), unseenMethods, unseenFields);
  }

  /** The error {@code --strict-classpath} stops with: the first missing class, who names it, and the remedy. */
  public JarmorException error() {
    String first = neededBy.firstKey();
    return JarmorException.input("class " + dotted(first) + " is missing: it is not in the program, its libraries"
        + " or the JDK; add the jar that has it with --lib", "needed by supertype of " + namedBy.get(first));
  }

  /**
   * The warning that says what is missing, grouped by package, each with the first program classes that need
   * it, and what protection does about it: one line, then one line per package.
   */
  public String warning() {
    Map<String, List<String>> byPackage = new TreeMap<>();
    neededBy.keySet().forEach(name -> byPackage.computeIfAbsent(ClassInfo.packageOf(name), k -> new ArrayList<>())
        .add(name));
    StringBuilder text = new StringBuilder();
    text.append(neededBy.size()).append(neededBy.size() == 1 ? " class is" : " classes are")
        .append(" missing from the classpath (not in the program, its --lib libraries or the JDK), so methods that"
            + " may override theirs keep their names; --strict-classpath stops instead, -dontwarn silences this");
    int shown = 0;
    for (Map.Entry<String, List<String>> pkg : byPackage.entrySet()) {
      if (shown++ == SHOWN_PACKAGES) {
        text.append("\n  and ").append(byPackage.size() - SHOWN_PACKAGES)
            .append(" more packages");
        break;
      }
      SortedSet<String> needing = new TreeSet<>();
      pkg.getValue().forEach(name -> needing.addAll(neededBy.get(name)));
      text.append("\n  ")
          .append(pkg.getKey().isEmpty() ? "(default package)" : dotted(pkg.getKey())).append(": ")
          .append(firstFew(pkg.getValue().stream().map(n -> n.substring(n.lastIndexOf('/') + 1)).toList()))
          .append(", needed by ").append(firstFew(needing.stream().map(MissingClasses::dotted).toList()));
    }
    return text.toString();
  }

  private static String firstFew(List<String> names) {
    String shown = String.join(", ", names.subList(0, Math.min(SHOWN_CLASSES, names.size())));
    return names.size() > SHOWN_CLASSES ? shown + " and " + (names.size() - SHOWN_CLASSES) + " more" : shown;
  }

  private static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }
}
