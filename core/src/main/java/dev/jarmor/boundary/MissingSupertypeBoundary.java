package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;

/**
 * Classes with a supertype that cannot be read (an optional integration's interface or base class, absent from
 * the libraries): where that class is present at run time, it calls its methods on the program's objects by
 * its own names, and any of them may be one the program overrides or implements. So every non-private instance
 * method of an incomplete class keeps its name, and so does every one it inherits from a program supertype (a
 * superclass's method implements the missing interface's in the subclass that adds it). Program subclasses of
 * an incomplete class are incomplete too. A package-private method keeps its name as well: the JVM lets it
 * override a public one of another package, so a new name could create an override the program never had.
 */
public final class MissingSupertypeBoundary implements Boundary {

  private static final int SHOWN = 3;

  @Override
  public String id() {
    return "missing-supertype";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    if (hierarchy.missing().isEmpty()) {
      return;
    }
    Map<String, SortedSet<String>> inheritors = new TreeMap<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      Set<String> missing = hierarchy.missingSupertypes(cls.name());
      if (missing.isEmpty()) {
        continue;
      }
      String text = "may override or implement a method of " + names(missing) + " (missing from the classpath)";
      keepOverridable(cls, text, decisions);
      for (ClassInfo ancestor : hierarchy.ancestors(cls.name())) {
        if (ancestor.isProgram() && hierarchy.isComplete(ancestor.name())) {
          inheritors.computeIfAbsent(ancestor.name(), k -> new TreeSet<>()).add(cls.name());
        }
      }
    }
    inheritors.forEach((ancestor, heirs) -> {
      String heir = heirs.first().replace('/', '.');
      String more = heirs.size() > 1 ? " and " + (heirs.size() - 1) + " more" : "";
      String text = "may implement a method of " + names(hierarchy.missingSupertypes(heirs.first()))
          + " (missing from the classpath) in " + heir + more + ", which inherits it";
      keepOverridable(hierarchy.find(ancestor), text, decisions);
    });
  }

  private void keepOverridable(ClassInfo cls, String text, Consumer<Decision> decisions) {
    for (MemberInfo method : cls.methods()) {
      if (!method.name().startsWith("<") && !method.is(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) {
        decisions.accept(Decision.keep(Target.ofMethod(cls.name(), method.name(), method.descriptor()), id(), text));
      }
    }
  }

  private static String names(Set<String> internalNames) {
    List<String> dotted = internalNames.stream().map(n -> n.replace('/', '.')).toList();
    String shown = String.join(" or ", dotted.subList(0, Math.min(SHOWN, dotted.size())));
    return dotted.size() > SHOWN ? shown + " (or " + (dotted.size() - SHOWN) + " more)" : shown;
  }
}
