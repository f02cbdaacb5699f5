package dev.jarmor.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One run of a test suite in a child JVM.
 *
 * @param java the {@code java} launcher to start
 * @param classpath the class path of the tests: the program, the tests, their dependencies, in that order
 * @param testRoots the jars or folders whose test classes are run (each also on the class path)
 * @param jvmArgs options for the child JVM ({@code --add-opens ...}, {@code -Xmx1g})
 * @param workingDirectory where the child JVM runs: tests read files by relative path
 * @param includeClassNames JUnit's class name filters ({@code --include-classname}), regular expressions; empty:
 *     the launcher's default
 * @param excludeClassNames JUnit's {@code --exclude-classname} filters
 * @param onlyTestIds run only these tests, by unique id (a rerun of what failed); empty: every test
 * @param timeout how long the run may take before the JVM is ended and the run counts as failed
 */
public record TestLaunch(Path java, List<Path> classpath, List<Path> testRoots, List<String> jvmArgs,
    Path workingDirectory, List<String> includeClassNames, List<String> excludeClassNames, Set<String> onlyTestIds,
    Duration timeout) {

  public TestLaunch {
    classpath = List.copyOf(classpath);
    testRoots = List.copyOf(testRoots);
    jvmArgs = List.copyOf(jvmArgs);
    includeClassNames = List.copyOf(includeClassNames);
    excludeClassNames = List.copyOf(excludeClassNames);
    onlyTestIds = Set.copyOf(onlyTestIds);
  }
}
