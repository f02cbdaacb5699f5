package dev.jarmor.check;

import dev.jarmor.mapping.Mapping;
import dev.jarmor.mapping.Retracer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A build the check runs: the original program as given, or a protected variant (one jar, with the tests when
 * they are protected with it).
 *
 * @param programJars the program's jars or folders, first on every class path
 * @param jar what {@code {jar}} stands for: the one jar of the program, or null when it was given as several
 * @param testRoots where the test classes are
 * @param mapping the variant's mapping, or null for the original
 */
record Build(List<Path> programJars, Path jar, List<Path> testRoots, Mapping mapping) {

  Build {
    programJars = List.copyOf(programJars);
    testRoots = List.copyOf(testRoots);
  }

  /** Turns this build's output into original names. */
  UnaryOperator<String> retrace() {
    if (mapping == null) {
      return UnaryOperator.identity();
    }
    Retracer retracer = new Retracer(mapping);
    return retracer::retrace;
  }
}
