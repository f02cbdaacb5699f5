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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A framework among a program's libraries brings its preset, with no option: picocli's help and command line, Log4j
 * 2's plugins and Spring's components find the program's code by the names the preset keeps.
 */
class FrameworkPresetTest {

  @TempDir Path temp;

  @Test
  void picocliShowsTheSameHelpAndFindsItsCommandMethods() throws Exception {
    Path picocli = jarOf(picocli.CommandLine.class);
    Path program = Compiler.compile(Map.of("app.Tool", """
        package app;
        import java.util.List;
        import picocli.CommandLine;
        import picocli.CommandLine.*;
        @Command(name = "tool", subcommands = CommandLine.HelpCommand.class)
        public class Tool implements Runnable {
          @Option(names = "--size", description = "how big") int size;
          @Parameters(description = "the files") List<String> files;
          public void run() { System.out.println(summary()); }
          private String summary() { return "size " + size + ", files " + files; }
          @Command(description = "greets") void greet(@Option(names = "--name") String name) {
            System.out.println("hello " + name);
          }
          public static void main(String[] args) {
            for (String line : args) {
              new CommandLine(new Tool()).execute(line.split(" "));
            }
          }
        }"""), 17, temp.resolve("picocli"), picocli.toString());

    String output = SameOutput.afterProtection(program, temp.resolve("picocli.jar"),
        ProtectOptions.builder().library(picocli.toString()), "app.Tool", List.of(picocli),
        "--size 3 a.txt b.txt", "greet --name ada", "help", "help greet");
    assertThat(output).contains("size 3, files [a.txt, b.txt]", "hello ada", "--size=<size>", "<files>...",
        "greet  greets", "Usage: tool greet [--name=<arg0>]");

    try (Analysis analysis = analyze(ProtectOptions.builder().input(program).library(picocli.toString()))) {
      Plan plan = analysis.plan();
      assertThat(plan.fieldName("app/Tool", "size", "I")).isEqualTo("size");
      assertThat(plan.methodName("app/Tool", "greet", "(Ljava/lang/String;)V")).isEqualTo("greet");
      assertThat(plan.methodName("app/Tool", "summary", "()Ljava/lang/String;")).as("no annotation")
          .isNotEqualTo("summary");
      assertThat(plan.keeps().entrySet())
          .anySatisfy(e -> assertThat(e.getValue().toString()).contains("preset picocli"));
    }
  }

  @Test
  void log4jFindsThePluginsItsProcessorListedAndBindsTheirAttributes() throws Exception {
    Path api = jarOf(org.apache.logging.log4j.LogManager.class);
    Path core = jarOf(org.apache.logging.log4j.core.LoggerContext.class);
    // compiled with log4j-core on the class path, so that its processor writes Log4j2Plugins.dat
    Path program = Compiler.compile(Map.of(
        "app.ShoutConverter", """
            package app;
            import org.apache.logging.log4j.core.LogEvent;
            import org.apache.logging.log4j.core.config.plugins.Plugin;
            import org.apache.logging.log4j.core.pattern.*;
            @Plugin(name = "Shout", category = PatternConverter.CATEGORY)
            @ConverterKeys({"shout"})
            public final class ShoutConverter extends LogEventPatternConverter {
              private ShoutConverter() { super("shout", "shout"); }
              public static ShoutConverter newInstance(String[] options) { return new ShoutConverter(); }
              @Override public void format(LogEvent event, StringBuilder out) {
                out.append(event.getMessage().getFormattedMessage().toUpperCase());
              }
            }""",
        "app.CountingAppender", """
            package app;
            import org.apache.logging.log4j.core.*;
            import org.apache.logging.log4j.core.appender.AbstractAppender;
            import org.apache.logging.log4j.core.config.Property;
            import org.apache.logging.log4j.core.config.plugins.*;
            @Plugin(name = "Counting", category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE)
            public final class CountingAppender extends AbstractAppender {
              static int count;
              private final String prefix;
              private CountingAppender(String name, String prefix) {
                super(name, null, null, true, Property.EMPTY_ARRAY);
                this.prefix = prefix;
              }
              @PluginBuilderFactory public static Builder builder() { return new Builder(); }
              @Override public void append(LogEvent event) {
                count++;
                System.out.println(prefix + event.getMessage().getFormattedMessage());
              }
              public static final class Builder
                  implements org.apache.logging.log4j.core.util.Builder<CountingAppender> {
                @PluginBuilderAttribute private String name;
                @PluginBuilderAttribute private String prefix;
                @Override public CountingAppender build() { return new CountingAppender(name, prefix); }
              }
            }""",
        "app.Main", """
            package app;
            import org.apache.logging.log4j.LogManager;
            public class Main {
              public static void main(String[] args) {
                LogManager.getLogger("app").info("hello {}", "world");
                System.out.println("counted " + CountingAppender.count);
              }
            }"""), 17, temp.resolve("log4j"), api.toString(), core.toString());
    assertThat(program.resolve("META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat")).exists();
    Files.writeString(program.resolve("log4j2.xml"), """
        <Configuration status="warn">
          <Appenders>
            <Console name="out" target="SYSTEM_OUT"><PatternLayout pattern="%shout%n"/></Console>
            <Counting name="counting" prefix="seen: "/>
          </Appenders>
          <Loggers><Root level="info"><AppenderRef ref="out"/><AppenderRef ref="counting"/></Root></Loggers>
        </Configuration>
        """);

    String output = SameOutput.afterProtection(program, temp.resolve("log4j.jar"),
        ProtectOptions.builder().library(api.toString()).library(core.toString()), "app.Main", List.of(api, core));
    assertThat(output).isEqualTo("HELLO WORLD\nseen: hello world\ncounted 1\n");
  }

  @Test
  void mapStructFindsTheImplementationItsProcessorGeneratedForAMapper() throws Exception {
    Path mapstruct = jarOf(org.mapstruct.Mapper.class);
    // compiled with the processor on the class path, which writes CarMapperImpl
    Path program = Compiler.compile(Map.of(
        "app.Car", "package app; public record Car(String make, int seats) {}",
        "app.CarDto", """
            package app;
            public class CarDto {
              private String make;
              private int seatCount;
              public void setMake(String make) { this.make = make; }
              public void setSeatCount(int seatCount) { this.seatCount = seatCount; }
              public String toString() { return make + " with " + seatCount + " seats"; }
            }""",
        "app.CarMapper", """
            package app;
            import org.mapstruct.*;
            @Mapper
            public interface CarMapper {
              @Mapping(source = "seats", target = "seatCount") CarDto toDto(Car car);
            }""",
        "app.Main", """
            package app;
            public class Main {
              public static void main(String[] args) {
                CarMapper mapper = org.mapstruct.factory.Mappers.getMapper(CarMapper.class);
                System.out.println(mapper.toDto(new Car("Morris", 4)));
              }
            }"""), 17, temp.resolve("mapstruct"), jarOf(org.mapstruct.ap.MappingProcessor.class).toString(),
        mapstruct.toString());
    assertThat(program.resolve("app/CarMapperImpl.class")).exists();

    assertThat(SameOutput.afterProtection(program, temp.resolve("mapstruct.jar"),
        ProtectOptions.builder().library(mapstruct.toString()), "app.Main", List.of(mapstruct)))
        .isEqualTo("Morris with 4 seats\n");
  }

  @Test
  void springsComponentsKeepTheirNamesUnlessTheJarsRulesAreOff() throws Exception {
    // Spring's annotation as spring-context declares it, standing in for the library
    Path spring = Compiler.compile(Map.of("org.springframework.stereotype.Component", """
        package org.springframework.stereotype;
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        public @interface Component {}"""), 17, temp.resolve("spring"));
    Path program = Compiler.compile(Map.of(
        "app.beans.Greeter", "package app.beans; @org.springframework.stereotype.Component public class Greeter {}",
        "app.beans.Helper", "package app.beans; public class Helper {}"), 17, temp.resolve("beans"), spring.toString());

    try (Analysis analysis = analyze(ProtectOptions.builder().input(program).library(spring.toString()))) {
      assertThat(analysis.plan().className("app/beans/Greeter")).isEqualTo("app/beans/Greeter");
      assertThat(analysis.plan().className("app/beans/Helper")).isNotEqualTo("app/beans/Helper");
    }
    try (Analysis analysis = analyze(ProtectOptions.builder().input(program).library(spring.toString())
        .consumerRules(false))) {
      assertThat(analysis.plan().className("app/beans/Greeter")).as("--no-consumer-rules")
          .isNotEqualTo("app/beans/Greeter");
    }
    try (Analysis analysis = analyze(ProtectOptions.builder().input(program))) {
      assertThat(analysis.plan().className("app/beans/Greeter")).as("no Spring among the libraries")
          .isNotEqualTo("app/beans/Greeter");
    }
  }

  private static Analysis analyze(ProtectOptions.Builder options) {
    return Jarmor.analyze(options.build(), JarmorListener.SILENT);
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
