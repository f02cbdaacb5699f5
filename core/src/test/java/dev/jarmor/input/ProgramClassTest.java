package dev.jarmor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;

/**
 * {@link ProgramClass}: once held softly, the tree of a class read from the input is the JVM's to drop, and is parsed
 * again, the same, from the class file; a class a pass made keeps its tree.
 */
class ProgramClassTest {

  @Test
  void aDroppedTreeIsParsedAgainFromTheClassFile() throws Exception {
    byte[] classFile = classFile();
    ProgramClass pc = ProgramClass.read(EntryContent.of(classFile), ProgramClass.parse(classFile), 0, "test.jar", "");
    ClassNode first = pc.node();

    pc.holdTreeSoftly();
    assertThat(pc.node()).as("held while memory allows").isSameAs(first);

    // what the garbage collector does to a soft reference when memory runs short
    softTree(pc).clear();
    ClassNode second = pc.node();

    assertThat(second).isNotSameAs(first);
    assertThat(bytes(second)).isEqualTo(bytes(first));
    assertThat(pc.node()).as("held again").isSameAs(second);
    assertThat(pc.name()).isEqualTo("dev/jarmor/input/ProgramClassTest");
  }

  @Test
  void aClassAPassMadeKeepsItsTree() throws Exception {
    byte[] classFile = classFile();
    ProgramClass made = new ProgramClass(ProgramClass.parse(classFile), 0, "test.jar", "");
    ClassNode tree = made.node();

    made.holdTreeSoftly();

    assertThat(softTree(made)).as("nothing to parse it again from").isNull();
    assertThat(made.node()).isSameAs(tree);
  }

  private static byte[] classFile() throws IOException {
    try (InputStream in = ProgramClassTest.class.getResourceAsStream("ProgramClassTest.class")) {
      return in.readAllBytes();
    }
  }

  private static SoftReference<?> softTree(ProgramClass pc) throws ReflectiveOperationException {
    Field field = ProgramClass.class.getDeclaredField("softTree");
    field.setAccessible(true);
    return (SoftReference<?>) field.get(pc);
  }

  private static byte[] bytes(ClassNode node) {
    ClassWriter writer = new ClassWriter(0);
    node.accept(writer);
    return writer.toByteArray();
  }
}
