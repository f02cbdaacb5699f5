package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberRef;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The calls that find a class, field or method by name: the JDK's (Class.forName, getDeclaredField,
 * MethodHandles.Lookup.findVirtual, field updaters, ObjectStreamField, ...), Scala 3's
 * {@code scala.reflect.Selectable} (a structural type's calls), and the program's own
 * methods found to pass their arguments on to one of those (reflection utilities such as
 * {@code FieldUtils.getField(Class, String)}).
 */
final class ReflectiveCalls {

  /** What a call finds by name. */
  enum Kind { CLASS, FIELD, METHOD }

  /** Argument index meaning the call's receiver. */
  static final int RECEIVER = -1;
  /** Argument index meaning the class whose code makes the call. */
  static final int CALLER = -2;
  /** Argument index meaning one class, the same at every call ({@link Call#fixedClass}). */
  static final int FIXED = -3;

  /**
   * How a call names its target.
   *
   * @param kind what it finds
   * @param classArgument where the class it searches comes from: an argument index, {@link #RECEIVER},
   *     {@link #CALLER} or {@link #FIXED}; unused for {@link Kind#CLASS}
   * @param fixedClass the class searched where {@code classArgument} is {@link #FIXED}, else null
   * @param classOfArgument the class is that argument's class (getClass()), not the argument itself
   * @param nameArgument the argument holding the name
   * @param inSupertypes the search also looks in superclasses and interfaces
   * @param text how a reason names the call, e.g. {@code Class.getDeclaredField}
   */
  record Call(Kind kind, int classArgument, String fixedClass, boolean classOfArgument, int nameArgument,
      boolean inSupertypes, String text) {}

  private static final Map<String, Call> JDK = new HashMap<>();
  /** The JDK's method names in {@link #JDK}: most calls are ruled out by name before a key is built. */
  private static final java.util.Set<String> JDK_NAMES = new java.util.HashSet<>();

  static {
    String cls = "java/lang/Class.";
    String lookup = "java/lang/invoke/MethodHandles$Lookup.";
    jdk(cls + "forName(Ljava/lang/String;)Ljava/lang/Class;", Kind.CLASS, 0, 0, false);
    jdk(cls + "forName(Ljava/lang/String;ZLjava/lang/ClassLoader;)Ljava/lang/Class;", Kind.CLASS, 0, 0, false);
    jdk(cls + "forName(Ljava/lang/Module;Ljava/lang/String;)Ljava/lang/Class;", Kind.CLASS, 0, 1, false);
    jdk(lookup + "findClass(Ljava/lang/String;)Ljava/lang/Class;", Kind.CLASS, 0, 0, false);
    jdk(cls + "getDeclaredField(Ljava/lang/String;)Ljava/lang/reflect/Field;", Kind.FIELD, RECEIVER, 0, false);
    jdk(cls + "getField(Ljava/lang/String;)Ljava/lang/reflect/Field;", Kind.FIELD, RECEIVER, 0, true);
    jdk(cls + "getDeclaredMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;", Kind.METHOD,
        RECEIVER, 0, false);
    jdk(cls + "getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;", Kind.METHOD, RECEIVER, 0,
        true);
    for (String find : new String[] {"findVirtual", "findStatic"}) {
      jdk(lookup + find + "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
          + "Ljava/lang/invoke/MethodHandle;", Kind.METHOD, 0, 1, true);
    }
    jdk(lookup + "findSpecial(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/Class;)"
        + "Ljava/lang/invoke/MethodHandle;", Kind.METHOD, 0, 1, true);
    for (String find : new String[] {"findGetter", "findSetter", "findStaticGetter", "findStaticSetter"}) {
      jdk(lookup + find + "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/invoke/MethodHandle;",
          Kind.FIELD, 0, 1, true);
    }
    for (String find : new String[] {"findVarHandle", "findStaticVarHandle"}) {
      jdk(lookup + find + "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/invoke/VarHandle;",
          Kind.FIELD, 0, 1, true);
    }
    String updater = "java/util/concurrent/atomic/";
    jdk(updater + "AtomicIntegerFieldUpdater.newUpdater(Ljava/lang/Class;Ljava/lang/String;)"
        + "Ljava/util/concurrent/atomic/AtomicIntegerFieldUpdater;", Kind.FIELD, 0, 1, false);
    jdk(updater + "AtomicLongFieldUpdater.newUpdater(Ljava/lang/Class;Ljava/lang/String;)"
        + "Ljava/util/concurrent/atomic/AtomicLongFieldUpdater;", Kind.FIELD, 0, 1, false);
    jdk(updater + "AtomicReferenceFieldUpdater.newUpdater(Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/String;)"
        + "Ljava/util/concurrent/atomic/AtomicReferenceFieldUpdater;", Kind.FIELD, 0, 2, false);
    // serialPersistentFields: the serialized fields of the class that declares them, by name
    jdk("java/io/ObjectStreamField.<init>(Ljava/lang/String;Ljava/lang/Class;)V", Kind.FIELD, CALLER, 0, false);
    jdk("java/io/ObjectStreamField.<init>(Ljava/lang/String;Ljava/lang/Class;Z)V", Kind.FIELD, CALLER, 0, false);
    // Scala 3's structural types: reflectiveSelectable(x).applyDynamic("ring", ...) calls x.getClass.getMethod
    // with that name, as selectDynamic("volume") does for a member without parameters (after a public field,
    // which a Scala class has none of); the receiver wraps an object of a class not known there
    String selectable = "scala/reflect/Selectable.";
    register(selectable + "applyDynamic(Ljava/lang/String;Lscala/collection/immutable/Seq;Lscala/collection/immutable/Seq;)"
        + "Ljava/lang/Object;", Kind.METHOD, RECEIVER, 0, true, "Scala structural type's Selectable.applyDynamic");
    register(selectable + "selectDynamic(Ljava/lang/String;)Ljava/lang/Object;", Kind.METHOD, RECEIVER, 0, true,
        "Scala structural type's Selectable.selectDynamic");
  }

  private static void jdk(String key, Kind kind, int classArgument, int nameArgument, boolean inSupertypes) {
    String owner = key.substring(0, key.indexOf('.'));
    register(key, kind, classArgument, nameArgument, inSupertypes,
        owner.substring(owner.lastIndexOf('/') + 1).replace('$', '.') + "."
        + key.substring(key.indexOf('.') + 1, key.indexOf('(')));
  }

  private static void register(String key, Kind kind, int classArgument, int nameArgument, boolean inSupertypes,
      String text) {
    JDK.put(key, new Call(kind, classArgument, null, false, nameArgument, inSupertypes, text));
    JDK_NAMES.add(key.substring(key.indexOf('.') + 1, key.indexOf('(')));
  }

  private final Hierarchy hierarchy;
  private final Map<MemberRef, Call> summaries = new HashMap<>();
  private final Map<MethodInsnNode, java.util.Optional<MemberRef>> declarations = new java.util.IdentityHashMap<>();
  private final java.util.Set<MemberRef> learnedThisRound = new java.util.HashSet<>();

  ReflectiveCalls(Hierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /** Whether a call loads a class by the name in its first string argument. */
  static boolean loadsClassByName(MethodInsnNode call) {
    Call known = jdk(call);
    return known != null && known.kind() == Kind.CLASS || isLoadClass(call);
  }

  private static Call jdk(MethodInsnNode call) {
    return JDK_NAMES.contains(call.name) ? JDK.get(call.owner + "." + call.name + call.desc) : null;
  }

  private static boolean isLoadClass(MethodInsnNode call) {
    // any class loader, named through whichever subclass the code holds
    return call.getOpcode() == Opcodes.INVOKEVIRTUAL && call.name.equals("loadClass")
        && call.desc.equals("(Ljava/lang/String;)Ljava/lang/Class;");
  }

  /** What the call finds by name, or null if it is not a reflective call. */
  Call of(MethodInsnNode call) {
    Call known = jdk(call);
    if (known != null) {
      return known;
    }
    if (isLoadClass(call)) {
      return new Call(Kind.CLASS, 0, null, false, 0, false, "ClassLoader.loadClass");
    }
    MemberRef declaration = declaration(call);
    return declaration == null ? null : summaries.get(declaration);
  }

  /** Whether the call reaches a program method summarized in the round just ended. */
  boolean reachesNewSummary(MethodInsnNode call) {
    MemberRef declaration = declaration(call);
    return declaration != null && learnedThisRound.contains(declaration);
  }

  private MemberRef declaration(MethodInsnNode call) {
    if (summaries.isEmpty()) {
      return null;
    }
    return declarations.computeIfAbsent(call, key -> java.util.Optional.ofNullable(
        hierarchy.isProgramClass(call.owner) ? hierarchy.resolveMethod(call.owner, call.name, call.desc) : null))
        .orElse(null);
  }

  /** Records that a program method finds by name what its arguments say; false if it was known. */
  boolean summarize(MemberRef method, Call call) {
    boolean learned = !call.equals(summaries.put(method, call));
    if (learned) {
      learnedThisRound.add(method);
    }
    return learned;
  }

  /** Starts a round of summarizing: what it learns is what the next round must look at again. */
  java.util.Set<MemberRef> startRound() {
    java.util.Set<MemberRef> previous = java.util.Set.copyOf(learnedThisRound);
    learnedThisRound.clear();
    return previous;
  }
}
