package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Serializable lambdas and method references. A deserialized lambda is rebuilt by the capturing
 * class's {@code $deserializeLambda$}, which javac compiles as a switch on the hash code of the
 * implementation method's name and then compares names and descriptors as strings.
 *
 * <ul>
 *   <li>In every mode the implementation method and the functional interface's method keep their
 *       names (the hash switch cannot be rewritten by renaming strings); class names and descriptors
 *       inside {@code $deserializeLambda$} follow renamed classes (adapted strings).
 *   <li>Where the wire is open, an unprotected peer's SerializedLambda must resolve too: the capturing
 *       class, the implementation's class, the functional interface, and every program class in
 *       their descriptors keep their names. The wire is open where the capturing class is, or where
 *       the functional interface is: a serialized field of that interface's type may hold the lambda.
 * </ul>
 *
 * <p>Known limit: the values a lambda captures are written in its SerializedLambda; their classes
 * keep their names where they appear in the descriptors, but their fields only where their own wire
 * is open.
 */
public final class LambdaBoundary implements Boundary {

  private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";
  private static final int FLAG_SERIALIZABLE = 1;
  private static final String DESERIALIZE = "$deserializeLambda$";
  private static final String DESERIALIZE_DESCRIPTOR = "(Ljava/lang/invoke/SerializedLambda;)Ljava/lang/Object;";
  private static final String SCALA_DESERIALIZE = "scala/runtime/LambdaDeserialize";

  private final WireScope wire;

  public LambdaBoundary(WireScope wire) {
    this.wire = wire;
  }

  @Override
  public String id() {
    return "serializable-lambda";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    OpenClasses open = wire.in(context);
    for (ProgramClass pc : context.program().allClasses()) {
      boolean scala = deserializesLikeScala(pc);
      for (MethodNode method : pc.node().methods) {
        if (method.name.equals(DESERIALIZE) && method.desc.equals(DESERIALIZE_DESCRIPTOR)) {
          decisions.accept(Decision.keep(Target.ofMethod(pc.name(), method.name, method.desc), id(),
              "SerializedLambda.readResolve finds it by name"));
          adaptComparedNames(pc, method, hierarchy, decisions);
          continue; // it re-creates the lambdas declared elsewhere in the class: no new call site
        }
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof InvokeDynamicInsnNode indy && isSerializableLambda(indy)) {
            String where = (scala ? "Scala closure at " : "serializable lambda at ")
                + CodeLocation.of(pc.node(), method, insn);
            Handle impl = (Handle) indy.bsmArgs[1];
            String samOwner = Type.getReturnType(indy.desc).getInternalName();
            String samDescriptor = ((Type) indy.bsmArgs[0]).getDescriptor();
            String why = open.contains(pc.name()) ? open.why(pc.name())
                : open.contains(samOwner) ? "its interface " + samOwner.replace('/', '.') + ": " + open.why(samOwner)
                : null;
            if (!scala) {
              decisions.accept(Decision.keep(Target.ofMethod(impl.getOwner(), impl.getName(), impl.getDesc()), id(),
                  where + ": $deserializeLambda$ switches on its name"));
              decisions.accept(Decision.keep(Target.ofMethod(samOwner, indy.name, samDescriptor), id(),
                  where + ": $deserializeLambda$ compares the interface method's name"));
            } else if (why != null) {
              decisions.accept(Decision.keep(Target.ofMethod(impl.getOwner(), impl.getName(), impl.getDesc()), id(),
                  where + ": LambdaDeserialize finds it by the name a peer's SerializedLambda gives (" + why + ")"));
              decisions.accept(Decision.keep(Target.ofMethod(samOwner, indy.name, samDescriptor), id(),
                  where + ": a peer's SerializedLambda names the interface method (" + why + ")"));
            }
            if (why != null) {
              String text = where + " (" + why + ")";
              keepClass(hierarchy, pc.name(), text, decisions);
              keepClass(hierarchy, impl.getOwner(), text, decisions);
              keepClass(hierarchy, samOwner, text, decisions);
              keepClassesIn(hierarchy, Type.getMethodType(impl.getDesc()), text, decisions);
              keepClassesIn(hierarchy, Type.getMethodType(samDescriptor), text, decisions);
            }
          }
        }
      }
    }
  }

  /**
   * The class names and descriptors {@code $deserializeLambda$} compares with a SerializedLambda's
   * follow renamed classes, since the SerializedLambda the protected program writes carries the new
   * names. Every string there is such a name, so names without a package count too.
   */
  private void adaptComparedNames(ProgramClass pc, MethodNode method, Hierarchy hierarchy,
      Consumer<Decision> decisions) {
    StringConstants.forEach(pc.node(), method, (site, text, m, insn) -> {
      ClassNameString named = ClassNameString.of(text, hierarchy, true);
      if (named != null) {
        decisions.accept(Decision.adapt(Target.ofClass(named.className()), site, text, named.form(), id(),
            "$deserializeLambda$ at " + CodeLocation.of(pc.node(), method, insn)
            + " compares it with a SerializedLambda's names"));
      }
    });
  }

  /** Whether the class's {@code $deserializeLambda$} hands SerializedLambdas to Scala's LambdaDeserialize. */
  private static boolean deserializesLikeScala(ProgramClass pc) {
    for (MethodNode method : pc.node().methods) {
      if (method.name.equals(DESERIALIZE) && method.desc.equals(DESERIALIZE_DESCRIPTOR)) {
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof InvokeDynamicInsnNode indy && SCALA_DESERIALIZE.equals(indy.bsm.getOwner())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isSerializableLambda(InvokeDynamicInsnNode indy) {
    return METAFACTORY.equals(indy.bsm.getOwner()) && "altMetafactory".equals(indy.bsm.getName())
        && indy.bsmArgs.length > 3 && indy.bsmArgs[3] instanceof Integer flags && (flags & FLAG_SERIALIZABLE) != 0;
  }

  private void keepClassesIn(Hierarchy hierarchy, Type methodType, String text, Consumer<Decision> decisions) {
    keepType(hierarchy, methodType.getReturnType(), text, decisions);
    for (Type argument : methodType.getArgumentTypes()) {
      keepType(hierarchy, argument, text, decisions);
    }
  }

  private void keepType(Hierarchy hierarchy, Type type, String text, Consumer<Decision> decisions) {
    Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
    if (element.getSort() == Type.OBJECT) {
      keepClass(hierarchy, element.getInternalName(), text, decisions);
    }
  }

  private void keepClass(Hierarchy hierarchy, String name, String text, Consumer<Decision> decisions) {
    if (hierarchy.isProgramClass(name)) {
      decisions.accept(Decision.keep(Target.ofClass(name), id(), text));
    }
  }
}
