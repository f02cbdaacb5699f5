package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import org.objectweb.asm.Opcodes;

/**
 * Entry points the JVM finds by name: the manifest's Main-Class and every class with a
 * {@code public static void main(String[])}, which a user may name on a command line; the agent
 * classes the manifest names (Premain-Class, Agent-Class, Launcher-Agent-Class) with the
 * {@code premain}/{@code agentmain} methods the JVM looks up in them; and a Spring Boot jar's
 * Start-Class, which its launcher starts.
 *
 * <p>The Start-Class keeps its name rather than following a new one in the manifest, as a user
 * expects: its package is where Spring Boot's component scan and auto-configuration packages begin,
 * and the name is also written where no protection reaches, in scripts and container images that
 * start the extracted application with {@code java -cp ... com.acme.App}.
 */
public final class EntryPointBoundary implements Boundary {

  private static final String MAIN_DESCRIPTOR = "([Ljava/lang/String;)V";
  private static final Map<String, String> AGENT_METHODS =
      Map.of("Premain-Class", "premain", "Agent-Class", "agentmain", "Launcher-Agent-Class", "agentmain");

  @Override
  public String id() {
    return "entry-point";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    String manifestMain = context.program().manifestMainClass();
    if (manifestMain != null) {
      decisions.accept(Decision.keep(Target.ofClass(manifestMain), id(), "Main-Class in META-INF/MANIFEST.MF"));
    }
    String start = context.program().manifestClass("Start-Class");
    if (start != null) {
      decisions.accept(Decision.keep(Target.ofClass(start), id(), "Start-Class in META-INF/MANIFEST.MF: Spring Boot's"
          + " launcher starts it, and its package is where component scanning begins"));
    }
    keepAgents(context, decisions);
    for (ClassInfo cls : context.hierarchy().programClasses()) {
      MemberInfo main = cls.method("main", MAIN_DESCRIPTOR);
      if (main != null && main.is(Opcodes.ACC_PUBLIC) && main.is(Opcodes.ACC_STATIC)) {
        String text = cls.name().equals(manifestMain)
            ? "main method of the Main-Class" : "public static void main(String[]): a command line may name it";
        decisions.accept(Decision.keep(Target.ofClass(cls.name()), id(), text));
        decisions.accept(Decision.keep(Target.ofMethod(cls.name(), "main", MAIN_DESCRIPTOR), id(), text));
      }
    }
  }

  private void keepAgents(AnalysisContext context, Consumer<Decision> decisions) {
    if (context.program().manifest() == null) {
      return;
    }
    Attributes attributes = context.program().manifest().getMainAttributes();
    AGENT_METHODS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(agent -> {
      String value = attributes.getValue(agent.getKey());
      if (value == null || value.isBlank()) {
        return;
      }
      String name = value.trim().replace('.', '/');
      String text = agent.getKey() + " in META-INF/MANIFEST.MF";
      decisions.accept(Decision.keep(Target.ofClass(name), id(), text));
      ClassInfo cls = context.hierarchy().find(name);
      if (cls != null) {
        for (MemberInfo method : cls.methods()) {
          if (method.name().equals(agent.getValue())) {
            decisions.accept(Decision.keep(Target.ofMethod(name, method.name(), method.descriptor()), id(),
                "the JVM calls " + method.name() + " of the " + text));
          }
        }
      }
    });
  }
}
