package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.ScalaSignatureOwner;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Scala reflection: a {@code TypeTag} the compiler materializes ({@code typeOf[Sale]}, a Spark
 * encoder's {@code import spark.implicits._}) is code calling
 * {@code Mirror.staticClass("demo.Sale")} or {@code staticModule(...)}, and the runtime mirror then
 * reads that class's Scala signature, which names the class, its members and its companion as they
 * were compiled, and calls accessors and constructors by those names (Spark's encoders list a case
 * class's constructor parameters and call the accessors of the same names).
 *
 * <p>Such a class keeps its name, and every class its signature describes ({@link ScalaSignatureOwner}:
 * the companion, nested classes) keeps its name and every member's, so that the signature stays
 * true and the rename pass keeps it. The types of their fields (a case class's parameters, generic
 * arguments included) are reflected alike when an encoder walks into them, so they get the same.
 *
 * <p>Known limit: the name must be the string constant passed to the lookup (as the compiler
 * writes it); a class reached only through a type the code builds otherwise (a {@code TypeTag}
 * passed in from a library, a class nested in an object looked up as a member of its owner) is
 * not seen.
 */
public final class ScalaReflectionBoundary implements Boundary {

  private static final Set<String> LOOKUPS = Set.of("staticClass", "staticModule");

  @Override
  public String id() {
    return "scala-reflection";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    Map<String, String> reached = new TreeMap<>(); // signature owner -> why
    Deque<String> work = new ArrayDeque<>();
    for (ProgramClass pc : context.program().allClasses()) {
      for (MethodNode method : pc.node().methods) {
        for (AbstractInsnNode insn : method.instructions) {
          String named = lookedUp(insn, hierarchy);
          if (named != null) {
            String owner = ScalaSignatureOwner.of(named, hierarchy::isProgramClass);
            String call = ((MethodInsnNode) insn).name + "(\"" + ((LdcInsnNode) previous(insn)).cst + "\")";
            if (reached.putIfAbsent(owner, "Scala reflection reads its signature (" + call + " at "
                + CodeLocation.of(pc.node(), method, insn) + "): the names it spells stay") == null) {
              work.add(owner);
            }
          }
        }
      }
    }
    while (!work.isEmpty()) {
      String owner = work.poll();
      String why = reached.get(owner);
      for (ProgramClass pc : context.program().classes().values()) {
        if (ScalaSignatureOwner.describes(owner, pc.name())) {
          keepAll(pc, why, decisions);
          for (FieldNode field : pc.node().fields) {
            for (String type : typesIn(field)) {
              String fieldOwner = hierarchy.isProgramClass(type) ? ScalaSignatureOwner.of(type, hierarchy::isProgramClass) : null;
              if (fieldOwner != null && reached.putIfAbsent(fieldOwner, "Scala reflection reads its signature: type of field "
                  + field.name + " of " + pc.name().replace('/', '.') + ", whose signature it reads") == null) {
                work.add(fieldOwner);
              }
            }
          }
        }
      }
    }
  }

  private void keepAll(ProgramClass pc, String why, Consumer<Decision> decisions) {
    decisions.accept(Decision.keep(Target.ofClass(pc.name()), id(), why));
    for (FieldNode field : pc.node().fields) {
      decisions.accept(Decision.keep(Target.ofField(pc.name(), field.name, field.desc), id(), why));
    }
    for (MethodNode method : pc.node().methods) {
      if (!method.name.startsWith("<")) {
        decisions.accept(Decision.keep(Target.ofMethod(pc.name(), method.name, method.desc), id(), why));
      }
    }
  }

  /** The program class a {@code staticClass}/{@code staticModule} call with a constant name looks up, or null. */
  private static String lookedUp(AbstractInsnNode insn, Hierarchy hierarchy) {
    if (!(insn instanceof MethodInsnNode call) || !LOOKUPS.contains(call.name) || !call.owner.startsWith("scala/reflect/")
        || !call.desc.startsWith("(Ljava/lang/String;)") || !(previous(insn) instanceof LdcInsnNode ldc)
        || !(ldc.cst instanceof String name)) {
      return null;
    }
    String suffix = call.name.equals("staticModule") ? "$" : "";
    // Scala spells a class nested in an object with dots where the JVM's name has a $
    String candidate = name.replace('.', '/');
    while (!hierarchy.isProgramClass(candidate + suffix)) {
      int slash = candidate.lastIndexOf('/');
      if (slash < 0) {
        return null;
      }
      candidate = candidate.substring(0, slash) + "$" + candidate.substring(slash + 1);
    }
    return candidate + suffix;
  }

  private static AbstractInsnNode previous(AbstractInsnNode insn) {
    AbstractInsnNode before = insn.getPrevious();
    while (before != null && before.getOpcode() < 0) {
      before = before.getPrevious();
    }
    return before;
  }

  /** The classes a field's type names, with its generic type arguments. */
  private static Set<String> typesIn(FieldNode field) {
    Set<String> types = new TreeSet<>();
    Type type = Type.getType(field.desc);
    if (type.getSort() == Type.ARRAY) {
      type = type.getElementType();
    }
    if (type.getSort() == Type.OBJECT) {
      types.add(type.getInternalName());
    }
    if (field.signature != null) {
      new SignatureReader(field.signature).acceptType(new SignatureVisitor(Opcodes.ASM9) {
        @Override
        public void visitClassType(String name) {
          types.add(name);
        }
      });
    }
    return types;
  }
}
