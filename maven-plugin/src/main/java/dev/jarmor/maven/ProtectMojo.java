package dev.jarmor.maven;

import dev.jarmor.Jarmor;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.input.Layout;
import dev.jarmor.report.RenameStats;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Protects the project's main artifact, a jar or a WAR, with its resolved compile and runtime dependencies as
 * libraries, and puts the protected jar in its place, so that the plugins after it ({@code install}, {@code deploy},
 * the shade plugin, Spring Boot's {@code repackage}) take it; the unprotected jar stays beside it as {@code
 * <name>-unprotected.jar}. With a {@code classifier}, the protected jar is attached instead and the main artifact
 * stays as built. The mapping and the reports (JSON, and HTML to open in a browser) go to {@code target/jarmor/}.
 */
@Mojo(name = "protect", defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class ProtectMojo extends AbstractJarmorMojo {

  @Component
  MavenProjectHelper projectHelper;

  /** Attach the protected jar with this classifier instead of replacing the main artifact. */
  @Parameter(property = "jarmor.classifier")
  String classifier;

  /** The name mapping, in ProGuard's format: what {@code jarmor retrace} and {@code applyMapping} read. */
  @Parameter(property = "jarmor.mapping", defaultValue = "${project.build.directory}/jarmor/mapping.txt")
  File mapping;

  /**
   * Attach the mapping (classifier {@code mapping}, type {@code txt}), so that it is installed and deployed with the
   * release, where the next release's {@code applyMapping} finds it.
   */
  @Parameter(property = "jarmor.attachMapping", defaultValue = "false")
  boolean attachMapping;

  /** What is kept and why, and what each pass changed, as JSON. */
  @Parameter(property = "jarmor.report", defaultValue = "${project.build.directory}/jarmor/report.json")
  File report;

  /** The same report as one page to open in a browser: totals, the package tree, every kept name and why, searchable. */
  @Parameter(property = "jarmor.reportHtml", defaultValue = "${project.build.directory}/jarmor/report.html")
  File reportHtml;

  /**
   * The vendor's public key ({@code jarmor license keygen} writes it): the protected program runs only with a licence
   * its owner signed. The private key file instead also puts the key of {@code encrypt}'s code in each licence, not
   * in the jar, and signs the tamper guard's seal. See the README's Licences section.
   */
  @Parameter(property = "jarmor.license")
  File license;

  /** With {@code license}: the name the program's customers see in its licence lookup names and messages. */
  @Parameter(property = "jarmor.licenseName", defaultValue = ProtectOptions.Licensing.DEFAULT_NAME)
  String licenseName;

  /** With {@code license}: accept only licences issued for this product. */
  @Parameter(property = "jarmor.licenseProduct")
  String licenseProduct;

  /** With {@code license}: {@code exit} (a failed check prints its line and exits 77) or {@code throw}. */
  @Parameter(property = "jarmor.onLicenseError", defaultValue = "exit")
  String onLicenseError;

  /** The guards ({@code --guard}): {@code debugger}, {@code agents}, {@code tamper}. */
  @Parameter(property = "jarmor.guards")
  List<String> guards = new ArrayList<>();

  /** With {@code agents}: the agents the program may run with, globs over their jar or library file names. */
  @Parameter(property = "jarmor.guardAllowAgents")
  List<String> guardAllowAgents = new ArrayList<>();

  /** With {@code guards}: {@code exit} (status 78), {@code throw}, or a static method {@code <class>.<method>}. */
  @Parameter(property = "jarmor.onGuard", defaultValue = "exit")
  String onGuard;

  @Override
  void run(MainArtifact artifact) throws MojoExecutionException {
    Path output = classifier == null ? artifact.file() : artifact.file().resolveSibling(classified(artifact));
    Path input = classifier == null ? artifact.unprotected() : artifact.program();
    // options first: one the user got wrong fails the build before a file is touched
    ProtectOptions options = protectOptions(input).wire(ProtectOptions.Wire.parse(wire)).output(output)
        .mapping(mapping.toPath()).report(report.toPath()).htmlReport(reportHtml.toPath()).verifyLoad(verifyLoad)
        .licensing(license == null ? null : new ProtectOptions.Licensing(inProject(license), licenseName,
            licenseProduct, ProtectOptions.Licensing.OnError.parse(onLicenseError)))
        .guarding(guards.isEmpty() ? null
            : ProtectOptions.Guarding.of(guards, guardAllowAgents, onGuard, licenseName))
        .build();
    dependents().ifPresent(why -> getLog().info("jarmor: " + why + ", compiled against its names: protected as a"
        + " library, its public classes and members keeping their names (<libraryMode>false</libraryMode> renames"
        + " them)"));
    boolean copied = classifier == null && artifact.copyUnprotected();
    int libraries = options.libraries().size();
    getLog().info("jarmor: protecting " + shown(input) + " with " + libraries
        + (libraries == 1 ? " library" : " libraries") + " from the project's dependencies");
    options.libraries().forEach(library -> getLog().debug("jarmor: library " + library));
    ProtectResult result;
    try {
      result = Jarmor.protect(options, new MavenLog(getLog()));
    } catch (RuntimeException e) {
      if (copied) {
        artifact.removeCopy();
      }
      throw e;
    }
    if (result.layout().kind() != Layout.Kind.JAR) {
      getLog().info("jarmor: read " + shown(input) + " as a " + result.layout().describe());
    }
    getLog().info("jarmor: wrote " + shown(output) + ": " + RenameStats.of(result.plan()) + "; "
        + result.plan().keptCount() + " names kept (seed " + result.seed() + "); mapping " + shown(mapping.toPath())
        + ", report " + shown(reportHtml.toPath()) + " (JSON: " + shown(report.toPath()) + ")");
    String type = project.getArtifact().getArtifactHandler().getExtension();
    if (classifier == null) {
      artifact.markProtected();
      getLog().info("jarmor: " + shown(output) + " is the protected main artifact; the unprotected one is "
          + shown(input));
    } else {
      projectHelper.attachArtifact(project, type, classifier, output.toFile());
    }
    if (attachMapping) {
      projectHelper.attachArtifact(project, "txt", classifier == null ? "mapping" : classifier + "-mapping",
          mapping);
    }
  }

  private String classified(MainArtifact artifact) {
    String name = artifact.file().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return name.substring(0, dot) + "-" + classifier + name.substring(dot);
  }

  @Override
  String goal() {
    return "protect";
  }

  @Override
  String phase() {
    return "package";
  }
}
