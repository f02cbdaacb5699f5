package dev.jarmor.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** {@link ReactorDependents}: the modules that compile against a module's main jar. */
class ReactorDependentsTest {

  @Test
  void theModulesDependingOnTheMainJarOfThisVersion() {
    MavenProject lib = project("lib");
    MavenProject app = project("app", dependency("lib", "1.0", null, "jar"));
    MavenProject web = project("web", dependency("lib", "1.0", null, "jar"), dependency("app", "1.0", null, "jar"));
    MavenProject tests = project("tests", dependency("lib", "1.0", "tests", "test-jar"));
    MavenProject older = project("older", dependency("lib", "0.9", null, "jar"));
    List<MavenProject> reactor = List.of(lib, app, web, tests, older);

    assertThat(ReactorDependents.of(lib, reactor)).containsExactly("app", "web");
    assertThat(ReactorDependents.of(app, reactor)).containsExactly("web");
    assertThat(ReactorDependents.of(web, reactor)).isEmpty();
  }

  private static MavenProject project(String artifactId, Dependency... dependencies) {
    MavenProject project = new MavenProject();
    project.setGroupId("com.acme");
    project.setArtifactId(artifactId);
    project.setVersion("1.0");
    for (Dependency dependency : dependencies) {
      project.getModel().addDependency(dependency);
    }
    return project;
  }

  private static Dependency dependency(String artifactId, String version, String classifier, String type) {
    Dependency dependency = new Dependency();
    dependency.setGroupId("com.acme");
    dependency.setArtifactId(artifactId);
    dependency.setVersion(version);
    dependency.setClassifier(classifier);
    dependency.setType(type);
    return dependency;
  }
}
