package dev.jarmor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.JarmorException;
import dev.jarmor.testing.JavaRunner;
import dev.jarmor.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile names the methods level 4 spares: from a JFR recording of a real run, or from a list. */
class HotMethodsTest {

  @TempDir Path temp;

  @Test
  void aRecordingsHotMethodsAreThoseInMostOfItsSamples() throws Exception {
    Path classes = Programs.compile("busy", 17, temp.resolve("classes"));
    Path recording = temp.resolve("run.jfr");
    JavaRunner.Run run = JavaRunner.command(List.of(JavaRunner.javaExecutable().toString(),
        "-XX:StartFlightRecording=filename=" + recording + ",settings=profile", "-cp", classes.toString(),
        "busy.Main"));
    assertThat(run.exitCode()).as(run.output()).isZero();

    HotMethods hot = HotMethods.read(recording);
    assertThat(hot.why("busy/Main", "spin(J)J")).as("the loop").startsWith("hot: in ").endsWith("% of the samples"
        + " of run.jfr");
    assertThat(hot.why("busy/Main", "work(J)J")).as("its caller").startsWith("hot: in ");
    assertThat(hot.why("busy/Main", "main([Ljava/lang/String;)V")).as("below it on the stack").startsWith("hot: in ");
    assertThat(hot.why("busy/Main", "once()V")).as("run once").isNull();
    assertThat(hot.source()).isEqualTo("run.jfr");
    Path folder = Files.createDirectories(temp.resolve("recordings"));
    Files.copy(recording, folder.resolve("fork-1.jfr"));
    assertThat(HotMethods.read(folder).why("busy/Main", "spin(J)J")).as("a folder of recordings")
        .endsWith("% of the samples of 1 recordings");
  }

  @Test
  void aListNamesMethodsWithOrWithoutTheirDescriptor() throws Exception {
    Path list = Files.writeString(temp.resolve("hot.txt"), """
        # hot in production
        com.acme.Parser.next
        com.acme.Lexer.token(I)Ljava/lang/String;   # the inner loop
        """);
    HotMethods hot = HotMethods.read(list);
    assertThat(hot.why("com/acme/Parser", "next()V")).isEqualTo("hot: listed in hot.txt");
    assertThat(hot.why("com/acme/Parser", "next(I)V")).as("every method of the name").isNotNull();
    assertThat(hot.why("com/acme/Lexer", "token(I)Ljava/lang/String;")).isNotNull();
    assertThat(hot.why("com/acme/Lexer", "token()Ljava/lang/String;")).as("another descriptor").isNull();
    assertThat(hot.methods()).containsExactly("com/acme/Lexer.token(I)Ljava/lang/String;", "com/acme/Parser.next");

    Path bad = Files.writeString(temp.resolve("bad.txt"), "com.acme.Parser.next\nnot a method\n");
    assertThatThrownBy(() -> HotMethods.read(bad)).isInstanceOf(JarmorException.class)
        .hasMessage("the profile is neither a JFR recording nor a list of methods: line 2 is no method: not a method"
            + " (write com.acme.Parser.next, or with its descriptor)");
    assertThatThrownBy(() -> HotMethods.read(temp.resolve("missing.jfr"))).isInstanceOf(JarmorException.class)
        .hasMessage("the profile not found");
  }
}
