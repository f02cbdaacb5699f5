package dev.jarmor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.testing.JavaRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stack trace of a protected program, run in a child JVM, retraced with the mapping of its plan. */
class RetraceEndToEndTest {

  @Test
  void retracesARealStackTrace(@TempDir Path dir) throws Exception {
    Path classes = TestPrograms.compile(dir, TestPrograms.V1);
    Path jar = dir.resolve("protected.jar");
    Path mappingFile = dir.resolve("mapping.txt");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(classes).output(jar).seed(3L)
        .mapping(mappingFile).build(), JarmorListener.SILENT);
    String worker = result.plan().className("com/acme/core/Worker").replace('/', '.');
    assertThat(worker).isNotEqualTo("com.acme.core.Worker");

    String trace = run(jar, "com.acme.app.Main");
    assertThat(trace).contains("IllegalStateException: no work for " + worker + "\n", "\tat " + worker + ".");

    String retraced = new Retracer(MappingParser.parse(mappingFile)).retrace(trace);
    // helper shares its new name with list and table, which differ only by descriptor: the line
    // ranges in the mapping tell the three apart
    assertThat(retraced).isEqualTo("""
        Exception in thread "main" java.lang.IllegalStateException: no work for com.acme.core.Worker
        \tat com.acme.core.Worker.helper(Worker.java:22)
        \tat com.acme.core.Worker.run(Worker.java:17)
        \tat com.acme.app.Main.main(Main.java:8)
        """);
  }

  /**
   * At level 2 debug information is gone; with --keep-lines each method's lines move to a range of
   * their own, which the mapping records: the retrace gives the original lines, and the ranges tell
   * the three methods sharing a new name apart.
   */
  @Test
  void retracesKeptLinesAtLevelTwo(@TempDir Path dir) throws Exception {
    Path classes = TestPrograms.compile(dir, TestPrograms.V1);
    Path jar = dir.resolve("protected.jar");
    Path mappingFile = dir.resolve("mapping.txt");
    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(classes).output(jar).seed(3L).level(2)
        .keepLines(true).mapping(mappingFile).build(), JarmorListener.SILENT);
    String worker = result.plan().className("com/acme/core/Worker").replace('/', '.');

    String trace = run(jar, "com.acme.app.Main");
    assertThat(trace).contains("no work for " + worker, "(SourceFile:").doesNotContain("Worker.java", ":22)", ":17)");

    assertThat(new Retracer(MappingParser.parse(mappingFile)).retrace(trace)).isEqualTo("""
        Exception in thread "main" java.lang.IllegalStateException: no work for com.acme.core.Worker
        \tat com.acme.core.Worker.helper(Worker.java:22)
        \tat com.acme.core.Worker.run(Worker.java:17)
        \tat com.acme.app.Main.main(Main.java:8)
        """);
  }

  /** The output of a program that ends with an uncaught exception. */
  private static String run(Path jar, String mainClass) throws IOException, InterruptedException {
    JavaRunner.Run run = JavaRunner.run(List.of(jar), mainClass);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    return run.output().replace("\r\n", "\n");
  }
}
