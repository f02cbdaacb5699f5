package dev.jarmor.passes.references;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.passes.references.CallTargets.Target;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Which calls of one class may go through invokedynamic: those whose target the caller's own
 * {@code Lookup} finds and invokes exactly as the JVM would, on Java 8 and every later JDK.
 *
 * <p>A call is hidden when it is an invokestatic, invokevirtual or invokeinterface (an invokespecial only at full
 * strength, below, and never of a constructor or a private method) of a method other than {@code <init>} or
 * {@code <clinit>}, whose owner is a program class or one of {@link #JDK_CLASSES}, and which resolves to a method
 * whose kind (static or not) matches the instruction. The JDK classes were chosen for being used everywhere and
 * having no caller-sensitive method (none whose behaviour depends on who calls it: {@code Class.forName},
 * {@code ServiceLoader.load}, reflection) and no signature-polymorphic one ({@code MethodHandle.invoke},
 * {@code VarHandle}); a program class's call that resolves to an inherited JDK method is hidden only when one of
 * them declares it. At full strength (level 4, {@link dev.jarmor.passes.PassContext#fullStrength}) any JDK class's
 * method qualifies, and so does a super call, but for methods the build JDK marks as caller-sensitive (they ask who
 * calls them, which a handle answers through its lookup, not through the stack the program's code and tools expect)
 * or signature-polymorphic. Left alone besides: calls whose owner is an array type; protected methods of a class in
 * another package, whose handles the lookup would narrow to the caller's type; and private methods called with
 * invokevirtual or invokeinterface in classes older than Java 11 (javac emits such calls only between nestmates,
 * from Java 11 on, and a Java 8 lookup is not sure to take them); and calls through a class with a supertype
 * missing from the classpath, which may declare what the call resolves to. Packages are the output's, where access
 * is checked. Synthetic methods such as {@code $deserializeLambda$} are code like any other: what they call
 * resolves the same through a lookup.
 *
 * <p>A field access is hidden on the same terms, when its field is a program class's (or one of {@link #JDK_FIELDS}):
 * never a write of a final field (the lookup refuses it: those are in constructors and initializers), nor a read of
 * a program's static final field (the JIT folds those into constants through {@code getstatic}, not through a
 * handle), nor a protected field of another package, nor another class's private field before Java 11.
 */
final class CallPolicy {

  /** JDK classes whose methods calls reach through invokedynamic, as internal names. */
  static final Set<String> JDK_CLASSES = Set.of(
      "java/lang/Object", "java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence",
      "java/lang/Math", "java/lang/Integer", "java/lang/Long", "java/lang/Double", "java/lang/Boolean",
      "java/lang/Character", "java/lang/Enum", "java/lang/Iterable",
      "java/util/Objects", "java/util/Collection", "java/util/List", "java/util/Set", "java/util/Map",
      "java/util/Map$Entry", "java/util/Iterator", "java/util/ArrayList", "java/util/HashMap", "java/util/Arrays",
      "java/util/Collections", "java/io/PrintStream");

  /** JDK fields whose reads go through invokedynamic: the standard streams, a program's tell-tale. */
  static final Set<String> JDK_FIELDS = Set.of("java/lang/System.out", "java/lang/System.err", "java/lang/System.in");

  private final ClassNode caller;
  private final CallTargets targets;

  CallPolicy(ClassNode caller, CallTargets targets) {
    this.caller = caller;
    this.targets = targets;
  }

  /**
   * Whether {@code call}, in the caller's code, may go through invokedynamic; at {@code full} strength (level 4),
   * a call to any JDK class's method (a {@code java.} package's) but those the JDK marks as caller-sensitive or
   * signature-polymorphic, and a supertype's method called with invokespecial ({@code super.m()}).
   */
  boolean hides(MethodInsnNode call, boolean full) {
    int opcode = call.getOpcode();
    boolean special = opcode == Opcodes.INVOKESPECIAL;
    if (special && (!full || call.owner.equals(caller.name)) || call.owner.startsWith("[")
        || call.name.startsWith("<")) {
      return false;
    }
    ClassInfo owner = targets.find(call.owner);
    if (owner == null || !owner.isProgram() && !jdk(owner.name(), full) || !targets.isComplete(owner)) {
      return false;
    }
    Target target = targets.resolve(owner, call);
    if (target == null || target.is(Opcodes.ACC_STATIC) != (opcode == Opcodes.INVOKESTATIC)
        || target.callSensitive() || special && target.is(Opcodes.ACC_PRIVATE)) {
      return false;
    }
    if (owner.isProgram() && !target.program() && !jdk(target.owner(), full)) {
      return false;
    }
    if (target.is(Opcodes.ACC_PROTECTED)
        && !ClassInfo.packageOf(target.owner()).equals(ClassInfo.packageOf(caller.name))) {
      return false;
    }
    return !target.is(Opcodes.ACC_PRIVATE) || opcode == Opcodes.INVOKESTATIC
        || (caller.version & 0xFFFF) >= Opcodes.V11;
  }

  /** Whether calls to a JDK class's methods may be hidden: to the list's, or at full strength any but a program's. */
  private static boolean jdk(String owner, boolean full) {
    // no class loader may define a java. package but the JDK's
    return JDK_CLASSES.contains(owner) || full && owner.startsWith("java/");
  }

  /** Whether {@code field}, an access in the caller's code, may go through invokedynamic. */
  boolean hides(FieldInsnNode field) {
    ClassInfo owner = targets.find(field.owner);
    if (owner == null || !targets.isComplete(owner)) {
      return false;
    }
    boolean jdk = JDK_FIELDS.contains(field.owner + "." + field.name);
    Target target = owner.isProgram() || jdk ? targets.resolve(owner, field) : null;
    if (target == null || !target.program() && !jdk) {
      return false;
    }
    int opcode = field.getOpcode();
    boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
    boolean write = opcode == Opcodes.PUTSTATIC || opcode == Opcodes.PUTFIELD;
    if (target.is(Opcodes.ACC_STATIC) != isStatic
        || target.is(Opcodes.ACC_FINAL) && (write || isStatic && !jdk)) {
      return false;
    }
    if (target.is(Opcodes.ACC_PROTECTED)
        && !ClassInfo.packageOf(target.owner()).equals(ClassInfo.packageOf(caller.name))) {
      return false;
    }
    return !target.is(Opcodes.ACC_PRIVATE) || target.owner().equals(caller.name)
        || (caller.version & 0xFFFF) >= Opcodes.V11;
  }
}
