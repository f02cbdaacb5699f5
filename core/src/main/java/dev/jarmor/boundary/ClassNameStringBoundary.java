package dev.jarmor.boundary;

import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>One exception: a string a {@code switch} compares is matched first by the hash code javac
 * compiled in, which a new spelling would not match, so there the class keeps its name instead.
 */
public final class ClassNameStringBoundary implements Boundary {

  @Override
  public String id() {
    return "class-name-string";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    for (ProgramClass pc : context.program().allClasses()) {
      Map<MethodNode, Set<Integer>> switchedHashes = new HashMap<>();
      StringConstants.forEach(pc.node(), (site, text, method, insn) -> {
        ClassNameString named = ClassNameString.of(text, context.hierarchy(), false);
        if (named == null) {
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
