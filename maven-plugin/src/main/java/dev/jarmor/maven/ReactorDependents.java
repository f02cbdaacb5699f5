package dev.jarmor.maven;

import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;

/**
 * The modules of the build that depend on a project's main artifact: they compile against the jar the protect goal
 * writes in its place, and run with it. A jar whose public names change is one they no longer compile against, so
 * the protect goal protects it as a library unless told otherwise.
 */
final class ReactorDependents {

  private ReactorDependents() {}

  /**
   * The artifact ids of the projects of {@code reactor} (every module of the build, whichever were selected) that
   * declare {@code project}'s main artifact as a dependency, of any scope, in name order.
   */
  static List<String> of(MavenProject project, List<MavenProject> reactor) {
    return reactor.stream().filter(other -> other != project && dependsOn(other, project))
        .map(MavenProject::getArtifactId).sorted().toList();
  }

  private static boolean dependsOn(MavenProject other, MavenProject project) {
    for (Dependency dependency : other.getDependencies()) {
      boolean main = (dependency.getClassifier() == null || dependency.getClassifier().isEmpty())
          && "jar".equals(dependency.getType());
      if (main && project.getGroupId().equals(dependency.getGroupId())
          && project.getArtifactId().equals(dependency.getArtifactId())
          && project.getVersion().equals(dependency.getVersion())) {
        return true;
      }
    }
    return false;
  }
}
