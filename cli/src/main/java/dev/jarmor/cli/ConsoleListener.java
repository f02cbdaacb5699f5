package dev.jarmor.cli;

import dev.jarmor.JarmorListener;
import java.io.PrintStream;

/** Prints the engine's stages and warnings on stderr: {@code jarmor: rename (1234)  0.8 s}. */
final class ConsoleListener implements JarmorListener {

  private final PrintStream err;
  private final boolean quiet;


  ConsoleListener(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void stage(String name, int total) {
    if (!quiet) {
      double seconds = (System.nanoTime() - Main.STARTED) / 1e9;
      err.printf("jarmor: %-10s %s at %.1f s%n", name, total >= 0 ? "(" + total + ")" : "", seconds);
    }
  }

  @Override
  public synchronized void warning(String message) {
    err.println("jarmor: warning: " + message);
  }
}
