package dev.jarmor.maven;

import dev.jarmor.JarmorException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * jarmor's failures as Maven's: what the user can fix (a bad option, an unreadable input, a class protection broke)
 * fails the build with jarmor's one line, the class and method named for a verification failure, as the CLI prints
 * it; a bug of jarmor is an execution error. Maven shows the cause's stack trace only with {@code -e} or {@code -X},
 * and with {@code -X} the detail jarmor knows beyond the line (the verifier's frame) is logged too. The JVM running out
 * of memory fails the build too, naming the option that gives Maven's JVM more.
 */
final class Failures {

  /** How a Maven user raises the maximum heap of the JVM running the build, {@code %s} standing for the option. */
  static final String RAISE_HEAP = "MAVEN_OPTS=%s";

  private Failures() {}

  /** Throws the JVM running out of memory as the build's failure: the heap it had and how to raise it. */
  static void outOfMemory(OutOfMemoryError e) throws MojoFailureException {
    JarmorException je = JarmorException.outOfMemory(e, RAISE_HEAP);
    throw new MojoFailureException(je.userMessage(), je);
  }

  /** Throws {@code e} as Maven's failure (the user's to fix) or execution error (jarmor's). */
  static void raise(RuntimeException e, Log log) throws MojoExecutionException, MojoFailureException {
    if (e instanceof JarmorException je && je.kind() != JarmorException.Kind.INTERNAL) {
      if (je.detail() != null && log.isDebugEnabled()) {
        log.debug(je.detail());
      }
      throw new MojoFailureException(je.userMessage(), je);
    }
    String what = e instanceof JarmorException je ? je.userMessage() : e.toString();
    throw new MojoExecutionException("jarmor: internal error: " + what + " (run with -e for the stack trace)", e);
  }
}
