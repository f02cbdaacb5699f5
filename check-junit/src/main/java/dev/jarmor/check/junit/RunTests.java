package dev.jarmor.check.junit;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The main class of a suite's JVM: runs the tests through the JUnit Platform's launcher API, with a
 * {@link ResultsListener} writing each test's outcome, and prints the platform's summary and failures.
 *
 * <p>Arguments: the results file, then {@code --root <jar|folder>} (every test class there), {@code --uid <id>}
 * (one test, a rerun), {@code --include <regex>} and {@code --exclude <regex>} (class name filters; without an
 * include, JUnit's standard one, {@code Test*}, {@code *Test}, {@code *Tests}), each repeatable.
 *
 * <p>The launcher API used here is the JUnit Platform's first (1.0), so that this runs on the platform the suite
 * brings, whichever version, as Surefire does: its own launcher, or the one jarmor ships for a JUnit 4 suite.
 * Exit status 0 when every test passed, 1 when some failed, 2 when the run itself could not be made.
 */
public final class RunTests {

  private RunTests() {}

  public static void main(String[] args) {
    try {
      System.exit(run(args));
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(2);
    }
  }

  private static int run(String[] args) throws Exception {
    Path results = Paths.get(args[0]);
    Set<Path> roots = new LinkedHashSet<Path>();
    List<DiscoverySelector> selectors = new ArrayList<DiscoverySelector>();
    List<String> includes = new ArrayList<String>();
    List<String> excludes = new ArrayList<String>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      if (args[i].equals("--root")) {
        roots.add(Paths.get(value));
      } else if (args[i].equals("--uid")) {
        selectors.add(DiscoverySelectors.selectUniqueId(value));
      } else if (args[i].equals("--include")) {
        includes.add(value);
      } else if (args[i].equals("--exclude")) {
        excludes.add(value);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (!roots.isEmpty()) {
      selectors.addAll(DiscoverySelectors.selectClasspathRoots(roots));
    }
    if (includes.isEmpty()) {
      includes.add(ClassNameFilter.STANDARD_INCLUDE_PATTERN);
    }
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
        .filters(ClassNameFilter.includeClassNamePatterns(includes.toArray(new String[0])));
    if (!excludes.isEmpty()) {
      request.filters(ClassNameFilter.excludeClassNamePatterns(excludes.toArray(new String[0])));
    }
    LauncherDiscoveryRequest discovery = request.build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(discovery, new ResultsListener(results), summary);
    PrintWriter out = new PrintWriter(System.out);
    summary.getSummary().printFailuresTo(out);
    summary.getSummary().printTo(out);
    out.flush();
    return summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1;
  }
}
