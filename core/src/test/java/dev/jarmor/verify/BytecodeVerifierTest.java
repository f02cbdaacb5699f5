package dev.jarmor.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorException;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.Program;
import dev.jarmor.testing.Compiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Only what protection broke fails: the output's failures are checked against the input's. */
class BytecodeVerifierTest {

  @TempDir Path temp;

  @Test
  void aMethodProtectionBrokeFailsNamingItThePassAndItsFrame() throws Exception {
    Path classes = Compiler.compile(Map.of("app.Calc", """
        package app;
        public class Calc { public int twice(int x) { return x * 2; } }"""), 11, temp.resolve("classes"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      Program input = analysis.program();
      Program output = input.mapClasses(pc -> pc.name().equals("app/Calc") ? pc.with(broken(pc.node(), "twice"))
          : pc);
      List<String> passes = new ArrayList<>();
      Replay replay = afterEach -> {
        // the method still verifies after the first pass, not after the second
        passes.add("serial-version");
        if (afterEach.next("serial-version", input, false)) {
          passes.add("strings");
          afterEach.next("strings", output, true);
        }
      };

      JarmorException e = catchThrowableOfType(JarmorException.class, () -> BytecodeVerifier.verify(output,
          Hierarchy.build(output, analysis.libraries()), unprotected(analysis, replay), w -> {}));

      assertThat(e.kind()).isEqualTo(JarmorException.Kind.VERIFICATION);
      assertThat(e.userMessage()).startsWith("output does not verify: app.Calc.twice(I)I, broken by the strings pass: "
          + "Error at instruction 1");
      assertThat(e.detail())
          .isEqualTo("frame before instruction 1: locals [Lapp/Calc;, I], stack [Ljava/lang/String;]");
      assertThat(passes).containsExactly("serial-version", "strings");
    }
  }

  @Test
  void aMethodThatFailsInTheInputTooIsAWarning() throws Exception {
    Path classes = Compiler.compile(Map.of("app.Calc", """
        package app;
        public class Calc { public int twice(int x) { return x * 2; } public int half(int x) { return x / 2; } }"""),
        11, temp.resolve("classes"));
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT)) {
      Program input = analysis.program().mapClasses(pc -> pc.with(broken(broken(pc.node(), "twice"), "half")));
      Hierarchy hierarchy = Hierarchy.build(input, analysis.libraries());
      List<String> warnings = new ArrayList<>();

      BytecodeVerifier.verify(input, hierarchy, new BytecodeVerifier.Unprotected(input, hierarchy,
          analysis.plan().withoutRenaming().originalNames(), hierarchy.libraryClasses(), afterEach -> {}),
          warnings::add);

      assertThat(warnings).singleElement().asString().startsWith("2 methods do not verify in the input either, so"
          + " protection did not break them: app.Calc.half(I)I: Error at instruction 1").endsWith("(and 1 more)");
    }
  }

  @Test
  void arraysMergeAndTypesMissingFromTheClasspathAreUnknownNotWrong() throws Exception {
    Path missing = Compiler.compile(Map.of("ext.Base", "package ext; public class Base { public void hook() {} }"),
        11, temp.resolve("missing"));
    Path classes = Compiler.compile(Map.of("app.Impl", """
        package app;
        public class Impl extends ext.Base {
          static Object[] pick(boolean b) { return b ? new String[1] : new Integer[1]; }
          static ext.Base base() { return new Impl(); }
          static Object either(boolean b) { return b ? new Impl() : new ext.Base(); }
        }"""), 11, temp.resolve("classes"), missing.toString());
    List<String> warnings = new ArrayList<>();
    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), collecting(warnings))) {
      warnings.clear();
      BytecodeVerifier.verify(analysis.program(), analysis.hierarchy(), unprotected(analysis, afterEach -> {}),
          warnings::add);
    }
    assertThat(warnings).containsExactly(
        "3 methods could not be fully verified: they use classes missing from the classpath (ext.Base)");
  }

  private static BytecodeVerifier.Unprotected unprotected(Analysis analysis, Replay replay) {
    return new BytecodeVerifier.Unprotected(analysis.program(), analysis.hierarchy(),
        analysis.plan().withoutRenaming().originalNames(), analysis.hierarchy().libraryClasses(), replay);
  }

  /** The class with the method's body replaced by code returning a string where an int is due. */
  private static ClassNode broken(ClassNode original, String method) {
    ClassNode copy = new ClassNode();
    original.accept(copy);
    for (MethodNode m : copy.methods) {
      if (m.name.equals(method)) {
        InsnList code = new InsnList();
        code.add(new LdcInsnNode("not an int"));
        code.add(new InsnNode(Opcodes.IRETURN));
        m.instructions = code;
        m.tryCatchBlocks = new ArrayList<>();
        m.localVariables = null;
        m.maxStack = 1;
      }
    }
    return copy;
  }

  private static JarmorListener collecting(List<String> warnings) {
    return new JarmorListener() {
      @Override
      public synchronized void warning(String message) {
        warnings.add(message);
      }
    };
  }
}
