package dev.jarmor.passes.checks;

import dev.jarmor.input.Program;
import dev.jarmor.passes.Pass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.passes.StaticInitializer;
import dev.jarmor.runtime.ChildProcesses;
import dev.jarmor.runtime.LicenseGuard;
import dev.jarmor.runtime.RuntimeGuards;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Weaves the run-time checks into the program: a call to {@link RuntimeGuards#check} ({@code --guard}) and to
 * {@link LicenseGuard#check} ({@code --license}) first thing in every entry point ({@code main}, an agent's
 * {@code premain} and {@code agentmain}), in the static initializer of each class holding one, of every public class
 * of a library ({@code --library-mode}) and of one class in {@value #SPREAD} more, chosen by the seed, so that no one
 * call is the check to remove; with a licence, the program's {@code ProcessBuilder.start()} and {@code Runtime.exec}
 * calls routed through {@link ChildProcesses}, so that child JVMs find it. Runs on the input's names, after the
 * serialVersionUIDs are pinned: a static initializer it adds changes no serialized form.
 *
 * <p>Known limits: a {@code ProcessBuilder::start} method reference and {@code ProcessBuilder.startPipeline} start
 * children without the licence's variable; an interface without a static initializer gets none.
 */
public final class CheckWeavingPass implements Pass {

  /** One class in this many, besides the entry points' and a library's public ones, checks in its initializer. */
  static final int SPREAD = 4;
  private static final String CHECK_DESCRIPTOR = "()V";

  private final CheckRuntime runtime;
  private final boolean libraryMode;

  public CheckWeavingPass(CheckRuntime runtime, boolean libraryMode) {
    this.runtime = runtime;
    this.libraryMode = libraryMode;
  }

  @Override
  public String name() {
    return "checks";
  }

  @Override
  public boolean beforeOutputNames() {
    return true;
  }

  @Override
  public Program apply(Program program, PassContext context) {
    // the guards first: a debugger is refused before the licence is read
    List<String> checks = new ArrayList<>();
    for (Class<?> check : List.of(RuntimeGuards.class, LicenseGuard.class)) {
      if (runtime.owner(check) != null) {
        checks.add(runtime.owner(check));
      }
    }
    String children = runtime.owner(ChildProcesses.class);
    return program.mapClasses(pc -> {
      if (runtime.isRuntime(pc.name()) || pc.name().endsWith("module-info")) {
        return pc;
      }
      ClassNode node = pc.node();
      boolean entry = node.methods.stream().anyMatch(CheckWeavingPass::isEntry);
      boolean hasInitializer = node.methods.stream().anyMatch(m -> m.name.equals("<clinit>"));
      // an interface's initializer runs only when a field of it is read: one is not added to it
      boolean initializerChecks = (hasInitializer || (node.access & Opcodes.ACC_INTERFACE) == 0)
          && (entry || libraryMode && (node.access & Opcodes.ACC_PUBLIC) != 0
              || context.random(name(), pc.name()).nextInt(SPREAD) == 0);
      boolean starts = children != null && node.methods.stream().anyMatch(CheckWeavingPass::startsProcesses);
      if (!entry && !initializerChecks && !starts) {
        return pc;
      }
      ClassNode woven = PassContext.writable(pc);
      for (MethodNode method : woven.methods) {
        if (isEntry(method)) {
          method.instructions.insert(check(checks));
        }
        if (children != null) {
          routeChildren(method, children);
        }
      }
      if (initializerChecks) {
        StaticInitializer.of(woven).instructions.insert(check(checks));
      }
      return pc.with(woven);
    });
  }

  private static InsnList check(List<String> checks) {
    InsnList calls = new InsnList();
    for (String owner : checks) {
      calls.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, "check", CHECK_DESCRIPTOR, false));
    }
    return calls;
  }

  /** {@code main(String[])}, {@code premain} or {@code agentmain}, static. */
  static boolean isEntry(MethodNode method) {
    if ((method.access & Opcodes.ACC_STATIC) == 0) {
      return false;
    }
    return method.name.equals("main") && method.desc.equals("([Ljava/lang/String;)V")
        || (method.name.equals("premain") || method.name.equals("agentmain"))
            && method.desc.startsWith("(Ljava/lang/String;") && method.desc.endsWith(")V");
  }

  private static void routeChildren(MethodNode method, String children) {
    for (AbstractInsnNode insn : method.instructions) {
      String descriptor = insn instanceof MethodInsnNode call ? startsProcess(call) : null;
      if (descriptor != null) {
        MethodInsnNode call = (MethodInsnNode) insn;
        call.setOpcode(Opcodes.INVOKESTATIC);
        call.desc = descriptor;
        call.owner = children;
        call.itf = false;
      }
    }
  }

  private static boolean startsProcesses(MethodNode method) {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof MethodInsnNode call && startsProcess(call) != null) {
        return true;
      }
    }
    return false;
  }

  /** The descriptor of the {@link ChildProcesses} method that stands in for {@code call}, or null if it starts none. */
  private static String startsProcess(MethodInsnNode call) {
    if (call.getOpcode() != Opcodes.INVOKEVIRTUAL) {
      return null;
    }
    boolean start = call.owner.equals("java/lang/ProcessBuilder") && call.name.equals("start")
        && call.desc.equals("()Ljava/lang/Process;");
    boolean exec = call.owner.equals("java/lang/Runtime") && call.name.equals("exec");
    if (!start && !exec) {
      return null;
    }
    return "(L" + call.owner + ";" + call.desc.substring(1);
  }
}
