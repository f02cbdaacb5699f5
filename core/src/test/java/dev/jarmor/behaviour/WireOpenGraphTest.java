package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.JavaRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --wire-open} in a closed build opens the serialized graph of the class it names: a state
 * file the unprotected program wrote, holding other classes in a list, a map, an array, a field of a
 * supertype, a superclass, a transient field its writeObject writes, a record and a serializable
 * lambda in a field of its interface's type, is read back by the
 * protected program; classes no such stream holds are still renamed.
 */
class WireOpenGraphTest {

  private static final Map<String, String> SOURCES = Map.ofEntries(
      Map.entry("p.RunState", "package p; import java.util.*; public class RunState extends Base {"
          + " List<Job> jobs = new ArrayList<>(); Map<String, Owner> owners = new TreeMap<>(); Step[] steps;"
          + " Shape shape; Level level; Note note; Task hook; transient List<Tag> tags = new ArrayList<>();"
          + " private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {"
          + "   out.defaultWriteObject(); out.writeObject(new ArrayList<>(tags)); }"
          + " @SuppressWarnings(\"unchecked\") private void readObject(java.io.ObjectInputStream in) throws Exception {"
          + "   in.defaultReadObject(); tags = (List<Tag>) in.readObject(); }"
          + " String describe() { StringBuilder b = new StringBuilder(started + \":\");"
          + "   for (Job j : jobs) b.append(j.name).append('x').append(j.tries).append(' ');"
          + "   owners.forEach((k, v) -> b.append(k).append('=').append(v.who).append(' '));"
          + "   for (Step s : steps) b.append('#').append(s.n);"
          + "   return b + \" \" + shape.area() + \" \" + level + \" \" + note + \" \" + tags.get(0).text + \" \""
          + "     + hook.run(); } }"),
      Map.entry("p.Task", "package p; public interface Task extends java.io.Serializable { String run(); }"),
      Map.entry("p.Hooks", "package p; public class Hooks { static Task done(String who) { return () -> \"done by \" + who; } }"),
      Map.entry("p.Base", "package p; public abstract class Base implements java.io.Serializable { long started = 7; }"),
      Map.entry("p.Job", "package p; public class Job implements java.io.Serializable { String name; int tries;"
          + " Job(String name, int tries) { this.name = name; this.tries = tries; } }"),
      Map.entry("p.Owner", "package p; public class Owner implements java.io.Serializable { String who;"
          + " Owner(String who) { this.who = who; } }"),
      Map.entry("p.Step", "package p; public class Step implements java.io.Serializable { int n; Step(int n) { this.n = n; } }"),
      Map.entry("p.Shape", "package p; public interface Shape { double area(); }"),
      Map.entry("p.Circle", "package p; public class Circle implements Shape, java.io.Serializable { double radius;"
          + " Circle(double radius) { this.radius = radius; } public double area() { return 3 * radius * radius; } }"),
      Map.entry("p.Level", "package p; public enum Level { LOW(\"low\"), HIGH(\"high\") { }; private final String label;"
          + " Level(String label) { this.label = label; } public String toString() { return label; } }"),
      Map.entry("p.Note", "package p; public record Note(String text, int weight) implements java.io.Serializable {}"),
      Map.entry("p.Tag", "package p; public class Tag implements java.io.Serializable { String text; Tag(String text) {"
          + " this.text = text; } }"),
      Map.entry("p.Unrelated", "package p; public class Unrelated implements java.io.Serializable { int value; }"),
      Map.entry("p.Main", "package p; import java.io.*; import java.nio.file.*; public class Main {"
          + " public static void main(String[] args) throws Exception { Path file = Path.of(args[1]);"
          + "   if (args[0].equals(\"write\")) { RunState s = new RunState(); s.jobs.add(new Job(\"build\", 2));"
          + "     s.jobs.add(new Job(\"test\", 1)); s.owners.put(\"ops\", new Owner(\"ada\"));"
          + "     s.steps = new Step[] {new Step(1), new Step(2)}; s.shape = new Circle(2); s.level = Level.HIGH;"
          + "     s.note = new Note(\"hello\", 3); s.tags.add(new Tag(\"nightly\"));"
          + "     s.hook = Hooks.done(\"ci\"); new Unrelated();"
          + "     try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) { out.writeObject(s); }"
          + "   } else { try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {"
          + "     System.out.println(((RunState) in.readObject()).describe()); } } } }"));

  @TempDir Path temp;

  @Test
  void protectedProgramReadsTheStateFileTheOriginalWrote() throws Exception {
    Path classes = Compiler.compile(SOURCES, 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(classes).output(out)
        .wire(ProtectOptions.Wire.CLOSED).wireOpen("p.RunState").build(), JarmorListener.SILENT);

    Path file = temp.resolve("state.bin");
    JavaRunner.output(List.of(classes), "p.Main", "write", file.toString());
    String original = JavaRunner.output(List.of(classes), "p.Main", "read", file.toString());
    assertThat(original).isEqualTo("7:buildx2 testx1 ops=ada #1#2 12.0 high Note[text=hello, weight=3] nightly done by ci\n");
    assertThat(JavaRunner.output(List.of(out), "p.Main", "read", file.toString()))
        .as("the protected build reads the original's file").isEqualTo(original);

    for (String open : List.of("p/RunState", "p/Base", "p/Job", "p/Owner", "p/Step", "p/Circle", "p/Level", "p/Note",
        "p/Tag", "p/Task", "p/Hooks")) {
      assertThat(result.plan().className(open)).as(open).isEqualTo(open);
    }
    assertThat(result.plan().className("p/Unrelated")).as("no stream of RunState holds it").isNotEqualTo("p/Unrelated");
    assertThat(result.plan().className("p/Shape")).as("not Serializable: never in a stream").isNotEqualTo("p/Shape");
    assertThat(result.plan().fieldName("p/Level", "label", "Ljava/lang/String;"))
        .as("a stream holds an enum constant by name only").isNotEqualTo("label");
    assertThat(result.plan().fieldName("p/Job", "tries", "I")).isEqualTo("tries");
    assertThat(reasons(result, Target.ofClass("p/Job"))).contains(
        "Serializable: streams name the class (serialized in field jobs of p.RunState, opened by --wire-open p.RunState)");
    assertThat(reasons(result, Target.ofClass("p/Circle"))).contains("Serializable: streams name the class"
        + " (serialized in field shape of p.RunState as a subtype of p.Shape, opened by --wire-open p.RunState)");
    assertThat(reasons(result, Target.ofClass("p/Tag"))).contains("Serializable: streams name the class"
        + " (written from field tags by writeObject of p.RunState, opened by --wire-open p.RunState)");
  }

  private static List<String> reasons(ProtectResult result, Target target) {
    return result.plan().keeps().getOrDefault(target, List.of()).stream().map(Reason::text).toList();
  }
}
