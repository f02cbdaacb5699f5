package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Dynamic proxies: an InvocationHandler sees each call as a {@code Method} and typically dispatches
 * on {@code method.getName()} against string literals, so the interfaces a method puts into the
 * interfaces array of {@code Proxy.newProxyInstance} (or {@code getProxyClass}) as class literals keep
 * their method names, their super-interfaces' too.
 */
public final class ProxyBoundary implements Boundary {

  @Override
  public String id() {
    return "dynamic-proxy";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    for (ProgramClass pc : context.program().allClasses()) {
      for (MethodNode method : pc.node().methods) {
        MethodInsnNode proxy = proxyCall(method);
        if (proxy == null) {
          continue;
        }
        String where = "Proxy." + proxy.name + " at " + CodeLocation.of(pc.node(), method, proxy);
        for (AbstractInsnNode insn : method.instructions) {
          // new Class<?>[] {A.class, ...}: each literal goes straight into the interfaces array
          if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type type && type.getSort() == Type.OBJECT
              && ldc.getNext() != null && ldc.getNext().getOpcode() == Opcodes.AASTORE) {
            keepInterface(hierarchy, type.getInternalName(), where, decisions);
          }
        }
      }
    }
  }

  private static MethodInsnNode proxyCall(MethodNode method) {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof MethodInsnNode call && call.owner.equals("java/lang/reflect/Proxy")
          && (call.name.equals("newProxyInstance") || call.name.equals("getProxyClass"))) {
        return call;
      }
    }
    return null;
  }

  private void keepInterface(Hierarchy hierarchy, String name, String where, Consumer<Decision> decisions) {
    ClassInfo cls = hierarchy.find(name);
    if (cls == null || !cls.isProgram() || !cls.isInterface()) {
      return;
    }
    List<ClassInfo> interfaces = new ArrayList<>(hierarchy.ancestors(name));
    interfaces.add(0, cls);
    for (ClassInfo type : interfaces) {
      if (!type.isProgram() || !type.isInterface()) {
        continue;
      }
      for (MemberInfo method : type.methods()) {
        if (!method.name().startsWith("<")) {
          decisions.accept(Decision.keep(Target.ofMethod(type.name(), method.name(), method.descriptor()), id(),
              "the handler of the proxy made at " + where + " sees its name"
              + (type == cls ? "" : " (through " + cls + ")")));
        }
      }
    }
  }
}
