package dev.jarmor.passes.serial;

import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.passes.Pass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * Writes every pinned serialVersionUID as an explicit {@code static final long} field, so
 * that the class's stream identity no longer depends on its name or members. Runs first, on the
 * original names the plan's pins are keyed by; passes after it may add and rename members freely.
 */
public final class SerialVersionPass implements Pass {

  private static final String FIELD = "serialVersionUID";

  @Override
  public boolean beforeOutputNames() {
    return true;
  }

  @Override
  public String name() {
    return "serial-version";
  }

  @Override
  public Program apply(Program program, PassContext context) {
    Plan plan = context.plan();
    Map<String, Long> pins = plan.serialVersions();
    if (pins.isEmpty()) {
      return program;
    }
    TreeMap<String, ProgramClass> classes = new TreeMap<>(program.classes());
    pins.forEach((name, value) -> {
      ProgramClass pc = classes.get(name);
      if (pc != null) {
        classes.put(name, pc.with(withField(pc.node(), value)));
      }
    });
    List<ProgramClass> versioned = new ArrayList<>();
    for (ProgramClass pc : program.versioned()) {
      Long value = pins.get(pc.name());
      versioned.add(value == null ? pc : pc.with(withField(pc.node(), value)));
    }
    return new Program(classes, versioned, program.resources(), program.manifest(), program.layout(),
        program.contentSeed());
  }

  private static ClassNode withField(ClassNode original, long value) {
    if (original.fields.stream().anyMatch(f -> f.name.equals(FIELD) && f.desc.equals("J"))) {
      return original;
    }
    ClassNode copy = new ClassNode();
    original.accept(copy);
    // an interface's fields must be public
    int visibility = (copy.access & Opcodes.ACC_INTERFACE) != 0 ? Opcodes.ACC_PUBLIC : Opcodes.ACC_PRIVATE;
    copy.fields.add(new FieldNode(visibility | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, FIELD, "J", null, value));
    return copy;
  }
}
