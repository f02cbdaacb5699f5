package dev.jarmor.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** {@link Failures}: the JVM running out of memory fails the build with jarmor's line, naming Maven's option. */
class FailuresTest {

  @Test
  void outOfMemoryNamesMavenOpts() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");

    Throwable thrown = catchThrowable(() -> Failures.outOfMemory(error));

    assertThat(thrown).isInstanceOf(MojoFailureException.class)
        .hasMessageMatching("out of memory \\(Java heap space\\) with a maximum heap of \\d+ MiB: raise it with"
            + " MAVEN_OPTS=-Xmx\\d+g")
        .hasRootCause(error);
  }

  /** A parallel stream rethrows a worker's error as a new one without a message, caused by the worker's. */
  @Test
  void saysWhatRanOutThroughAParallelStream() {
    OutOfMemoryError rethrown = new OutOfMemoryError();
    rethrown.initCause(new OutOfMemoryError("Java heap space"));

    assertThat(catchThrowable(() -> Failures.outOfMemory(rethrown))).hasMessageStartingWith(
        "out of memory (Java heap space) with a maximum heap of ");
  }
}
