package dev.jarmor.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.input.Layout;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/** What is missing, who needs it, how it is said; and the hierarchy around it, complete as far as it can be read. */
class MissingClassesTest {

  private static LibraryPath libraries;
  private static Hierarchy hierarchy;

  @BeforeAll
  static void build() {
    TreeMap<String, ProgramClass> classes = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      add(classes, node("a/A" + i, "m" + i + "/Missing"));
    }
    for (int i = 1; i <= 5; i++) {
      ClassNode node = node("b/X" + i, "java/lang/Object");
      node.interfaces.add("m0/Missing2");
      add(classes, node);
    }
    ClassNode sub = node("a/Sub", "a/A0");
    MethodNode call = new MethodNode(Opcodes.ACC_PUBLIC, "call", "()V", null, null);
    call.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
    call.instructions.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "a/Sub", "hook", "()V", false));
    call.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
    call.instructions.add(
        new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "a/Sub", "toString", "()Ljava/lang/String;", false));
    call.instructions.add(new InsnNode(Opcodes.POP));
    call.instructions.add(new InsnNode(Opcodes.RETURN));
    sub.methods.add(call);
    add(classes, sub);
    libraries = LibraryPath.open(null, List.of(), List.of());
    hierarchy = Hierarchy.build(new Program(classes, List.of(), new TreeMap<>(), null, Layout.PLAIN, 1L), libraries);
  }

  @AfterAll
  static void close() {
    libraries.close();
  }

  /** a.Sub is not named: its superclass a.A0 needs m0.Missing already. */
  @Test
  void theWarningGroupsByPackageWithTheFirstClassesThatNeedThem() {
    assertThat(hierarchy.missing().warning()).isEqualTo("13 classes are missing from the classpath (not in the program,"
        + " its --lib libraries or the JDK), so methods that may override theirs keep their names; --strict-classpath"
        + " stops instead, -dontwarn silences this"
        + "\n  m0: Missing, Missing2, needed by a.A0, b.X1, b.X2 and 3 more"
        + "\n  m1: Missing, needed by a.A1\n  m10: Missing, needed by a.A10\n  m11: Missing, needed by a.A11"
        + "\n  m2: Missing, needed by a.A2\n  m3: Missing, needed by a.A3\n  m4: Missing, needed by a.A4"
        + "\n  m5: Missing, needed by a.A5\n  m6: Missing, needed by a.A6\n  m7: Missing, needed by a.A7"
        + "\n  and 2 more packages");
  }

  @Test
  void aFilterSilencesAMissingClassOrWhatNeedsIt() {
    MissingClasses left = hierarchy.missing().without(name -> name.startsWith("b/") || name.startsWith("m1"));
    assertThat(left.warning()).startsWith("9 classes are missing").contains("\n  m0: Missing, needed by a.A0\n"
        + "  m2: Missing, needed by a.A2\n").doesNotContain("Missing2").doesNotContain("m1");
    assertThat(hierarchy.missing().without(name -> true).isEmpty()).isTrue();
    assertThat(hierarchy.missing().error().userMessage()).isEqualTo("class m0.Missing is missing: it is not in the"
        + " program, its libraries or the JDK; add the jar that has it with --lib (needed by supertype of a.A0)");
  }

  @Test
  void theHierarchyIsCompleteAsFarAsItCanBeRead() {
    assertThat(hierarchy.isComplete("a/Sub")).isFalse();
    assertThat(hierarchy.missingSupertypes("a/Sub")).containsExactly("m0/Missing");
    assertThat(hierarchy.ancestors("a/Sub")).as("the superclass chain ends at Object whatever is missing")
        .extracting(ClassInfo::name).containsExactly("a/A0", "java/lang/Object");
    assertThat(hierarchy.isSubtype("a/Sub", "java/io/Serializable")).isFalse();
    assertThat(hierarchy.mayBeSubtype("a/Sub", "java/io/Serializable")).isTrue();
    assertThat(hierarchy.families().all()).isNotEmpty();
    assertThat(hierarchy.missing().declaresUnseenMethod("hook()V"))
        .as("called through a.Sub, declared nowhere readable").isTrue();
    assertThat(hierarchy.missing().declaresUnseenMethod("toString()Ljava/lang/String;")).as("Object declares it")
        .isFalse();
  }

  private static ClassNode node(String name, String superName) {
    ClassNode node = new ClassNode();
    node.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, name, null, superName, null);
    return node;
  }

  private static void add(TreeMap<String, ProgramClass> classes, ClassNode node) {
    classes.put(node.name, new ProgramClass(node, 0, "test", ""));
  }
}
