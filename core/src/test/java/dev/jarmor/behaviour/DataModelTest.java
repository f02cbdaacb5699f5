package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.plan.Plan;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.SameOutput;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data models found where no test of the samples looks: values of a subtype, and objects a web framework binds. */
class DataModelTest {

  @TempDir Path temp;

  @Test
  void aValueIsWrittenWithThePropertiesOfItsOwnClass() throws Exception {
    List<Path> jackson = List.of(jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
        jarOf(com.fasterxml.jackson.core.JsonFactory.class),
        jarOf(com.fasterxml.jackson.annotation.JsonProperty.class));
    String[] classpath = jackson.stream().map(Path::toString).toArray(String[]::new);
    Path program = Compiler.compile(Map.of(
        "app.Main", """
            package app;
            import java.util.List;
            public class Main {
              public static void main(String[] args) throws Exception {
                Report report = new Report(List.of(new Login("ada"), new Purchase(42)));
                System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report));
              }
            }""",
        "app.Report", """
            package app;
            public class Report {
              private final java.util.List<Event> events;
              Report(java.util.List<Event> events) { this.events = events; }
              public java.util.List<Event> getEvents() { return events; }
            }""",
        // a sealed interface's cases, written as what they are: Kotlin's sealed classes compile alike
        "app.Event", "package app; public sealed interface Event permits Login, Purchase { String getKind(); }",
        "app.Login", """
            package app;
            public final class Login implements Event {
              private final String user;
              Login(String user) { this.user = user; }
              public String getKind() { return "login"; }
              public String getUser() { return user; }
            }""",
        "app.Purchase", """
            package app;
            public final class Purchase implements Event {
              private final int amount;
              Purchase(int amount) { this.amount = amount; }
              public String getKind() { return "purchase"; }
              public int getAmountCents() { return amount * 100; }
            }"""), 17, temp.resolve("subtypes"), classpath);

    ProtectOptions.Builder options = ProtectOptions.builder();
    jackson.forEach(jar -> options.library(jar.toString()));
    assertThat(SameOutput.afterProtection(program, temp.resolve("subtypes.jar"), options, "app.Main", jackson))
        .isEqualTo("{\"events\":[{\"user\":\"ada\",\"kind\":\"login\"},"
            + "{\"kind\":\"purchase\",\"amountCents\":4200}]}\n");
  }

  @Test
  void aClassJavalinBindsKeepsItsPropertiesAndItsHandlersHelpersDoNot() throws Exception {
    Path javalin = jarOf(io.javalin.http.Context.class);
    Path program = Compiler.compile(Map.of(
        "app.Routes", """
            package app;
            import io.javalin.http.Context;
            public class Routes {
              public void create(Context ctx) {
                NewBookmark body = ctx.bodyAsClass(NewBookmark.class);
                ctx.json(new Created(body.getUrl().length()));
              }
            }""",
        "app.NewBookmark", """
            package app;
            public class NewBookmark {
              private String url;
              public String getUrl() { return url; }
              public void setUrl(String url) { this.url = url; }
            }""",
        "app.Created", """
            package app;
            public class Created {
              private final int length;
              Created(int length) { this.length = length; }
              public int getLength() { return length; }
              int twice() { return length * 2; }
            }"""), 17, temp.resolve("javalin"), javalin.toString());

    try (Analysis analysis = Jarmor.analyze(ProtectOptions.builder().input(program).library(javalin.toString()).build(),
        JarmorListener.SILENT)) {
      Plan plan = analysis.plan();
      assertThat(plan.methodName("app/NewBookmark", "setUrl", "(Ljava/lang/String;)V")).isEqualTo("setUrl");
      assertThat(plan.fieldName("app/NewBookmark", "url", "Ljava/lang/String;")).isEqualTo("url");
      assertThat(plan.methodName("app/Created", "getLength", "()I")).as("written by ctx.json").isEqualTo("getLength");
      assertThat(plan.methodName("app/Created", "twice", "()I")).as("no property").isNotEqualTo("twice");
    }
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
