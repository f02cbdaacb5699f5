package dev.jarmor.verify;

import dev.jarmor.JarmorException;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.LibraryClasses;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.OriginalNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Verifies every method of every output class with ASM's data-flow {@link Analyzer}: stack and
 * local types, assignability through the output's hierarchy, method and field descriptors.
 * Classes are checked in parallel; failures are reported in name order, so the message does not
 * depend on thread timing.
 *
 * <p>Only what protection broke fails the run: a method that does not verify in the output is checked again
 * as the input has it, against the input's hierarchy, and one that fails there too is the input's (a
 * warning). The pass that broke a method is found by running the passes again ({@link PassBlame}). A method
 * whose check needed a class missing from the classpath is checked as far as the classes that can be read
 * allow ({@link HierarchyVerifier}); how many there are is a warning.
 */
public final class BytecodeVerifier {

  private static final int SHOWN = 3;

  /**
   * The program before protection: what the output's failures are compared with, and the way to run the passes
   * again to find the one that broke a method.
   *
   * @param names the input's names of the output's classes and methods
   * @param libraries what the programs the replay hands over are verified against, as the input's hierarchy read them
   */
  public record Unprotected(Program program, Hierarchy hierarchy, OriginalNames names, LibraryClasses libraries,
      Replay replay) {}

  /** One method's verification: its failure or null, and the missing classes its check needed. */
  record Check(MethodFailure failure, Set<String> unknownTypes) {}

  /** What verifying the classes of a program found. */
  private record Findings(List<MethodFailure> failures, int partlyChecked, Set<String> unknownTypes) {}

  private BytecodeVerifier() {}

  /**
   * Verifies the output; warns of methods that were not fully checked and of those that fail in the input too.
   *
   * @throws JarmorException of kind VERIFICATION naming the first method protection broke, with its input and
   *     output names, the pass that broke it where that is found, and its frame as the exception's detail
   */
  public static void verify(Program output, Hierarchy outputHierarchy, Unprotected input, Consumer<String> warnings) {
    Findings findings = findings(output, outputHierarchy);
    if (findings.partlyChecked() > 0) {
      warnings.accept(findings.partlyChecked() + (findings.partlyChecked() == 1 ? " method" : " methods")
          + " could not be fully verified: they use classes missing from the classpath ("
          + firstFew(findings.unknownTypes().stream().map(n -> n.replace('/', '.')).toList()) + ")");
    }
    List<MethodFailure> inherited = new ArrayList<>();
    List<MethodFailure> broken = new ArrayList<>();
    for (MethodFailure failure : findings.failures()) {
      MethodFailure original = inInput(failure.method(), input);
      if (original != null) {
        inherited.add(original);
      } else {
        broken.add(failure);
      }
    }
    if (!inherited.isEmpty()) {
      warnings.accept(inherited.size() + (inherited.size() == 1 ? " method does not verify in the input either, so"
          + " protection did not break it: " : " methods do not verify in the input either, so protection did not"
          + " break them: ") + describe(inherited.get(0)) + more(inherited));
    }
    if (!broken.isEmpty()) {
      throw brokenByProtection(broken, input);
    }
  }

  private static JarmorException brokenByProtection(List<MethodFailure> broken, Unprotected input) {
    MethodFailure first = broken.get(0);
    MethodId output = first.method();
    String outputClass = output.className();
    MethodId original = new MethodId(input.names().className(outputClass), output.release(),
        input.names().method(outputClass, output.method()));
    String where = original.equals(output) ? original.toString() : original + " (" + output + " in the output)";
    String pass = PassBlame.of(original, output, input.replay(), input.libraries());
    return new JarmorException(JarmorException.Kind.VERIFICATION, "output does not verify: " + where
        + (pass == null ? "" : ", broken by the " + pass + " pass") + ": " + first.message() + more(broken),
        null, null, first.frame());
  }

  /** The failure of the input's method behind an output method, or null where the input has none or it verifies. */
  private static MethodFailure inInput(MethodId output, Unprotected input) {
    String originalClass = input.names().className(output.className());
    MethodId original = new MethodId(originalClass, output.release(),
        input.names().method(output.className(), output.method()));
    ProgramClass pc = original.classIn(input.program());
    MethodNode method = pc == null ? null : method(pc.node(), original.method());
    return method == null ? null : check(pc, method, input.hierarchy()).failure();
  }

  private static Findings findings(Program program, Hierarchy hierarchy) {
    List<Findings> perClass = program.allClasses().parallelStream().map(pc -> findings(pc, hierarchy)).toList();
    List<MethodFailure> failures = new ArrayList<>();
    Set<String> unknown = new TreeSet<>();
    int partly = 0;
    for (Findings found : perClass) {
      failures.addAll(found.failures());
      unknown.addAll(found.unknownTypes());
      partly += found.partlyChecked();
    }
    failures.sort(null);
    return new Findings(failures, partly, unknown);
  }

  private static Findings findings(ProgramClass pc, Hierarchy hierarchy) {
    List<MethodFailure> failures = new ArrayList<>();
    Set<String> unknown = new TreeSet<>();
    int partly = 0;
    if ((pc.node().access & Opcodes.ACC_MODULE) == 0) {
      for (MethodNode method : pc.node().methods) {
        Check check = check(pc, method, hierarchy);
        if (check.failure() != null) {
          failures.add(check.failure());
        } else if (!check.unknownTypes().isEmpty()) {
          partly++;
          unknown.addAll(check.unknownTypes());
        }
      }
    }
    return new Findings(failures, partly, unknown);
  }

  /** Verifies one method of a class against a hierarchy that has the class. */
  static Check check(ProgramClass pc, MethodNode method, Hierarchy hierarchy) {
    if (method.instructions.size() == 0) {
      return new Check(null, Set.of());
    }
    ClassInfo info = hierarchy.find(pc.name());
    HierarchyVerifier verifier = new HierarchyVerifier(hierarchy, info);
    Analyzer<BasicValue> analyzer = new Analyzer<>(verifier);
    try {
      analyzer.analyze(pc.name(), method);
      return new Check(null, verifier.unknownTypes());
    } catch (AnalyzerException | RuntimeException e) {
      int at = e instanceof AnalyzerException ae && ae.node != null ? method.instructions.indexOf(ae.node) : -1;
      MethodId id = new MethodId(pc.name(), pc.release(), method.name + method.desc);
      return new Check(new MethodFailure(id, e.getMessage(), frame(analyzer.getFrames(), at)), verifier.unknownTypes());
    }
  }

  /** The method of that {@code name + descriptor} in a class, or null. */
  static MethodNode method(ClassNode node, String key) {
    return node.methods.stream().filter(m -> (m.name + m.desc).equals(key)).findFirst().orElse(null);
  }

  /** The verifier's view before instruction {@code at}: locals and stack, each value's type. */
  private static String frame(Frame<BasicValue>[] frames, int at) {
    if (at < 0 || at >= frames.length || frames[at] == null) {
      return "no frame: the analysis stopped before instruction " + at;
    }
    Frame<BasicValue> frame = frames[at];
    List<String> locals = new ArrayList<>();
    for (int i = 0; i < frame.getLocals(); i++) {
      locals.add(String.valueOf(frame.getLocal(i)));
    }
    List<String> stack = new ArrayList<>();
    for (int i = 0; i < frame.getStackSize(); i++) {
      stack.add(String.valueOf(frame.getStack(i)));
    }
    return "frame before instruction " + at + ": locals " + locals + ", stack " + stack;
  }

  private static String describe(MethodFailure failure) {
    return failure.method() + ": " + failure.message();
  }

  private static String more(Collection<?> all) {
    return all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : "";
  }

  private static String firstFew(List<String> names) {
    String shown = names.stream().limit(SHOWN).collect(Collectors.joining(", "));
    return names.size() > SHOWN ? shown + " and " + (names.size() - SHOWN) + " more" : shown;
  }
}
