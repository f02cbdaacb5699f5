package dev.jarmor.maven;

import java.io.File;
import java.util.List;
import java.util.function.Predicate;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * The project's resolved dependencies as files, in Maven's class path order: what the program runs against (compile,
 * provided, system and runtime scope), jarmor's libraries, which the user never lists; and the tests' own (test
 * scope), which the check adds for the tests.
 */
final class ProjectLibraries {

  private ProjectLibraries() {}

  /** The libraries the program is protected against. */
  static List<File> program(MavenProject project) {
    return files(project, scope -> !Artifact.SCOPE_TEST.equals(scope));
  }

  /** What only the tests use. */
  static List<File> tests(MavenProject project) {
    return files(project, Artifact.SCOPE_TEST::equals);
  }

  private static List<File> files(MavenProject project, Predicate<String> scope) {
    return project.getArtifacts().stream()
        .filter(a -> a.getArtifactHandler().isAddedToClasspath() && a.getFile() != null && scope.test(a.getScope()))
        .map(Artifact::getFile)
        .toList();
  }
}
