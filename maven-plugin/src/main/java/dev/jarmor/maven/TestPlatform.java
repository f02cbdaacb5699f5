package dev.jarmor.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * What the project's tests need, beyond their dependencies, to run on the JUnit Platform they were built with, as
 * Surefire completes them: the platform's launcher of the version of their {@code junit-platform-commons} (every
 * JUnit 5 and 6 jar depends on it), and Jupiter's engine of their API's version when they have the API alone. The
 * check runs them on that launcher rather than on the one the plugin ships, whose platform their jars would not mix
 * with. Tests without the JUnit Platform (JUnit 4) need nothing: the shipped launcher runs them.
 */
final class TestPlatform {

  private static final String PLATFORM = "org.junit.platform";
  private static final String JUPITER = "org.junit.jupiter";

  private TestPlatform() {}

  /** The jars to add to the tests' libraries, resolved with their own dependencies the project does not have. */
  static List<File> missingJars(MavenProject project, RepositorySystem repositories, RepositorySystemSession session)
      throws MojoFailureException {
    Map<String, String> versions = new TreeMap<>();
    for (Artifact artifact : project.getArtifacts()) {
      versions.put(artifact.getGroupId() + ":" + artifact.getArtifactId(), artifact.getVersion());
    }
    List<String> wanted = wanted(versions);
    if (wanted.isEmpty()) {
      return List.of();
    }
    CollectRequest request = new CollectRequest();
    wanted.forEach(coordinates -> request.addDependency(
        new Dependency(new DefaultArtifact(coordinates), Artifact.SCOPE_TEST)));
    request.setRepositories(project.getRemoteProjectRepositories());
    try {
      List<File> jars = new ArrayList<>();
      for (ArtifactResult result : repositories.resolveDependencies(session, new DependencyRequest(request, null))
          .getArtifactResults()) {
        org.eclipse.aether.artifact.Artifact jar = result.getArtifact();
        if (!versions.containsKey(jar.getGroupId() + ":" + jar.getArtifactId())) {
          jars.add(jar.getFile());
        }
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw new MojoFailureException("jarmor: the tests run on JUnit Platform " + versions.get(PLATFORM
          + ":junit-platform-commons") + ", whose launcher cannot be resolved: " + e.getMessage(), e);
    }
  }

  /** The coordinates to add, given the project's artifacts ({@code groupId:artifactId} to version). */
  static List<String> wanted(Map<String, String> versions) {
    String platform = versions.get(PLATFORM + ":junit-platform-commons");
    if (platform == null) {
      return List.of();
    }
    List<String> wanted = new ArrayList<>();
    if (!versions.containsKey(PLATFORM + ":junit-platform-launcher")) {
      wanted.add(PLATFORM + ":junit-platform-launcher:" + platform);
    }
    String api = versions.get(JUPITER + ":junit-jupiter-api");
    if (api != null && !versions.containsKey(JUPITER + ":junit-jupiter-engine")) {
      wanted.add(JUPITER + ":junit-jupiter-engine:" + api);
    }
    return wanted;
  }
}
