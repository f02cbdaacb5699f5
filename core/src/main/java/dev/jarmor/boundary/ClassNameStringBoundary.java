package dev.jarmor.boundary;

import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.Nesting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * String constants that spell a program class's name, qualified by its package ({@code "com.acme.Foo"}
 * for Class.forName, {@code "com/acme/Foo"}, descriptors and array names): they follow the class's new
 * name wherever they are (an ldc or a field's constant value), each listed with where it is.
 *
 * <p>A string that equals a class's simple name or a nested class's canonical name (what
 * getSimpleName and getCanonicalName show) cannot be told from plain text by its spelling, so it is
 * not adapted: the class keeps its name.
 *
 * <p>Not so the name a Scala case class or object prints: a case class's {@code productPrefix()}, a
 * case object's, and an object's {@code toString()} (Scala 2 and 3 give a case class's companion one
 * returning the class's name) return its own simple name as a constant, which the program prints
 * whatever the class is called and no code compares with getSimpleName. So does the {@code toString()}
 * Kotlin generates for a {@code data object}.
 *
 * <p>One exception: a string a {@code switch} compares is matched first by the hash code javac
 * compiled in, which a new spelling would not match, so there the class keeps its name instead.
 */
public final class ClassNameStringBoundary implements Boundary {

  private static final String SCALA_PRODUCT = "scala/Product";
  private static final String KOTLIN_METADATA = "Lkotlin/Metadata;";

  @Override
  public String id() {
    return "class-name-string";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Map<String, List<String>> byShownName = shownNames(context.hierarchy());
    for (ProgramClass pc : context.program().allClasses()) {
      Map<MethodNode, Set<Integer>> switchedHashes = new HashMap<>();
      StringConstants.forEach(pc.node(), (site, text, method, insn) -> {
        ClassNameString named = ClassNameString.of(text, context.hierarchy(), false);
        if (named == null) {
          if (printsOwnName(pc, method, text, context.hierarchy())) {
            return;
          }
          for (String shown : byShownName.getOrDefault(text, List.of())) {
            String where = method == null ? site.toString() : CodeLocation.of(pc.node(), method, insn);
            decisions.accept(Decision.keep(Target.ofClass(shown), id(), "\"" + text + "\" at " + where
                + " is its " + (text.indexOf('.') < 0 ? "simple" : "canonical") + " name, which code compares"
                + " with getSimpleName() or getCanonicalName()"));
          }
          return;
        }
        Target target = Target.ofClass(named.className());
        String where = method == null ? site.toString() : CodeLocation.of(pc.node(), method, insn);
        if (method != null && switchedHashes.computeIfAbsent(method, ClassNameStringBoundary::switchedHashes)
            .contains(text.hashCode())) {
          decisions.accept(Decision.keep(target, id(), "a string switch at " + where
              + " compares \"" + text + "\" by its hash code, compiled in"));
        } else {
          decisions.accept(Decision.adapt(target, site, text, named.form(), id(),
              "\"" + text + "\" at " + where + " spells its name"));
        }
      });
    }
  }

  /**
   * Program classes by the names Class.getSimpleName and getCanonicalName show, where those differ
   * from the binary name: simple names in the type-name style (an upper-case letter first, two
   * characters or more, as plain words rarely are) and the canonical names of nested classes.
   */
  private static Map<String, List<String>> shownNames(Hierarchy hierarchy) {
    Map<String, List<String>> names = new HashMap<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      String binary = cls.name().replace('/', '.');
      String simple = binary.substring(Math.max(binary.lastIndexOf('.'), binary.lastIndexOf('$')) + 1);
      if (simple.length() >= 2 && Character.isUpperCase(simple.charAt(0))) {
        names.computeIfAbsent(simple, k -> new ArrayList<>()).add(cls.name());
      }
      if (cls.nesting().kind() == Nesting.Kind.MEMBER) {
        names.computeIfAbsent(binary.replace('$', '.'), k -> new ArrayList<>()).add(cls.name());
      }
    }
    return names;
  }

  /** Whether {@code text} is the simple name a Scala case class or object returns to be printed. */
  private static boolean printsOwnName(ProgramClass pc, MethodNode method, String text, Hierarchy hierarchy) {
    if (method == null || !method.desc.equals("()Ljava/lang/String;")) {
      return false;
    }
    boolean product = (method.name.equals("productPrefix") || method.name.equals("toString"))
        && hierarchy.isSubtype(pc.name(), SCALA_PRODUCT);
    boolean object = method.name.equals("toString") && (ScalaObjectBoundary.isObject(pc) || isKotlinObject(pc));
    if (!product && !object) {
      return false;
    }
    String binary = pc.name().endsWith("$") ? pc.name().substring(0, pc.name().length() - 1) : pc.name();
    return binary.substring(Math.max(binary.lastIndexOf('/'), binary.lastIndexOf('$')) + 1).equals(text);
  }

  /** Whether {@code pc} is a Kotlin {@code object}: Kotlin metadata and its instance in a static {@code INSTANCE}. */
  private static boolean isKotlinObject(ProgramClass pc) {
    boolean kotlin = pc.node().visibleAnnotations != null
        && pc.node().visibleAnnotations.stream().anyMatch(annotation -> annotation.desc.equals(KOTLIN_METADATA));
    return kotlin && pc.node().fields.stream().anyMatch(field -> field.name.equals("INSTANCE")
        && field.desc.equals("L" + pc.name() + ";") && (field.access & Opcodes.ACC_STATIC) != 0);
  }

  /** The keys of the switches in a method that switches on String.hashCode (javac's string switch). */
  private static Set<Integer> switchedHashes(MethodNode method) {
    Set<Integer> keys = new HashSet<>();
    boolean hashes = false;
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKEVIRTUAL
          && call.owner.equals("java/lang/String") && call.name.equals("hashCode")) {
        hashes = true;
      } else if (insn instanceof LookupSwitchInsnNode lookup) {
        keys.addAll(lookup.keys); // hash codes are sparse: javac never makes a tableswitch of them
      }
    }
    return hashes ? keys : Set.of();
  }
}
