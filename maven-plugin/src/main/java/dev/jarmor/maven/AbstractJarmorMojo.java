package dev.jarmor.maven;

import dev.jarmor.ProtectOptions;
import dev.jarmor.kotlin.KotlinSupport;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * What the protect and check goals share: the protect options, named as the CLI names them, each with a {@code
 * jarmor.*} user property ({@code -Djarmor.level=3}), and their mapping onto core's {@link ProtectOptions}, made here
 * only; the skip property; the project's main artifact, libraries and JDK. A project without a jar or WAR to
 * protect ({@code pom} packaging) is skipped with one line.
 */
abstract class AbstractJarmorMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Component
  ToolchainManager toolchains;

  /** Skips the goal. */
  @Parameter(property = "jarmor.skip", defaultValue = "false")
  boolean skip;

  /**
   * 0: analyse and verify only; 1: rename; 2: 1 + encrypt strings, mask numbers, reduce line numbers; 3: 2 + control
   * flow and hidden references, within the JIT's limits; 4: 3 at full strength on every method but those {@code hot}
   * names. The check goal takes {@code levels} instead.
   */
  @Parameter(property = "jarmor.level", defaultValue = "1")
  String level;

  /** The profile naming the methods level 4 spares: a JFR recording or a list of methods ({@code --hot}). */
  @Parameter(property = "jarmor.hot")
  File hot;

  /**
   * {@code open}: serialized forms stay compatible with the unprotected build; {@code closed}: every peer runs this
   * protected build. The check goal also takes {@code both}.
   */
  @Parameter(property = "jarmor.wire", defaultValue = "open")
  String wire;

  /** Classes that stay wire-open inside a {@code closed} build, with the classes their streams hold. */
  @Parameter(property = "jarmor.wireOpen")
  List<String> wireOpen = new ArrayList<>();

  /** Classes whose names and members' names are kept: {@code com.acme.api.**}, {@code com.acme.Boot}. */
  @Parameter(property = "jarmor.keeps")
  List<String> keeps = new ArrayList<>();

  /** Keep rules in ProGuard's syntax, one file each. */
  @Parameter(property = "jarmor.rules")
  List<File> rules = new ArrayList<>();

  /** Rules shipped for a framework: {@code junit5}, {@code junit4}, {@code spring}, {@code jackson}. */
  @Parameter(property = "jarmor.presets")
  List<String> presets = new ArrayList<>();

  /** Classes the code passes leave alone: {@code com.acme.hot.**}, {@code flow:com.acme.Loop}. */
  @Parameter(property = "jarmor.excludes")
  List<String> excludes = new ArrayList<>();

  /** Classes the code passes are limited to, in the form of {@code excludes}. */
  @Parameter(property = "jarmor.includes")
  List<String> includes = new ArrayList<>();

  /** The seed for new names; by default derived from the input's content, so the same input gives the same jar. */
  @Parameter(property = "jarmor.seed")
  Long seed;

  /** Keep every line number where debug information is removed (levels 2 and 3). */
  @Parameter(property = "jarmor.keepLines", defaultValue = "false")
  boolean keepLines;

  /** {@code short}, {@code keywords} or {@code dictionary:<file>}. */
  @Parameter(property = "jarmor.names", defaultValue = "short")
  String names;

  /** A package every renamed class moves to. */
  @Parameter(property = "jarmor.repackage")
  String repackage;

  /** Also load and link every protected class in a fresh JVM. */
  @Parameter(property = "jarmor.verifyLoad", defaultValue = "false")
  boolean verifyLoad;

  /** Whether the keep rules the program's jars and its dependencies ship under {@code META-INF} apply. */
  @Parameter(property = "jarmor.consumerRules", defaultValue = "true")
  boolean consumerRules;

  /**
   * Keep every public and protected class and member: protect a library's internals only. Unset, it is on for a
   * module other modules of the build depend on ({@link ReactorDependents}), as they compile against its names.
   */
  @Parameter(property = "jarmor.libraryMode")
  Boolean libraryMode;

  /** Fail when a supertype of a program class is in neither the program, its dependencies nor the JDK. */
  @Parameter(property = "jarmor.strictClasspath", defaultValue = "false")
  boolean strictClasspath;

  /** Keep source file names, local variable and parameter names. */
  @Parameter(property = "jarmor.keepDebugNames", defaultValue = "false")
  boolean keepDebugNames;

  /** What the SourceFile attribute says where debug names are removed. */
  @Parameter(property = "jarmor.sourceFileName", defaultValue = ProtectOptions.DEFAULT_SOURCE_FILE_NAME)
  String sourceFileName;

  /** Renaming on or off, whatever the level says. */
  @Parameter(property = "jarmor.rename")
  Boolean rename;

  /** String encryption on or off, whatever the level says. */
  @Parameter(property = "jarmor.strings")
  Boolean strings;

  /** Number masking on or off, whatever the level says. */
  @Parameter(property = "jarmor.numbers")
  Boolean numbers;

  /** Line numbers reduced to one a method, on or off, whatever the level says. */
  @Parameter(property = "jarmor.debugInfo")
  Boolean debugInfo;

  /** Control-flow obfuscation on or off, whatever the level says. */
  @Parameter(property = "jarmor.flow")
  Boolean flow;

  /**
   * Encrypt method bodies ({@code --encrypt}): {@code true} for every class, or a class pattern
   * ({@code com.acme.core.**}) for the classes it matches. No level includes it.
   */
  @Parameter(property = "jarmor.encrypt")
  String encrypt;

  /** Hidden references on or off, whatever the level says. */
  @Parameter(property = "jarmor.references")
  Boolean references;

  /** What a renamed Kotlin data class's {@code toString()} prints: {@code original} or {@code renamed}. */
  @Parameter(property = "jarmor.kotlinDataNames")
  String kotlinDataNames;

  /** Nested jars of a WAR that are the project's own code, protected with it: globs over their paths or names. */
  @Parameter(property = "jarmor.programLibs")
  List<String> programLibs = new ArrayList<>();

  /** An earlier release's mapping, whose names are reused for whatever still exists. */
  @Parameter(property = "jarmor.applyMapping")
  File applyMapping;

  /** The plugin's folder: mapping, reports, the check's rules. */
  @Parameter(defaultValue = "${project.build.directory}/jarmor", readonly = true)
  File workFolder;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("jarmor: skipped (jarmor.skip)");
      return;
    }
    File artifact = project.getArtifact().getFile();
    if ("pom".equals(project.getPackaging())) {
      getLog().info("jarmor: nothing to protect: the packaging is pom");
      return;
    }
    if (artifact == null || !artifact.isFile()) {
      throw new MojoFailureException("jarmor: no main artifact: " + goal() + " runs after the "
          + project.getPackaging() + " is built, in the " + phase() + " phase (mvn " + phase() + ")");
    }
    String name = artifact.getName();
    if (!name.endsWith(".jar") && !name.endsWith(".war")) {
      getLog().info("jarmor: nothing to protect: " + name + " is neither a jar nor a WAR");
      return;
    }
    try {
      run(new MainArtifact(artifact.toPath(), workFolder.toPath()));
    } catch (RuntimeException e) {
      Failures.raise(e, getLog());
    } catch (OutOfMemoryError e) {
      // caught here, where what filled the heap is no longer reachable
      Failures.outOfMemory(e);
    }
  }

  /** The goal's work on the project's main artifact, a jar or a WAR. */
  abstract void run(MainArtifact artifact) throws MojoExecutionException, MojoFailureException;

  abstract String goal();

  abstract String phase();

  /**
   * The protect options of the program {@code input}, less the wire mode (the check takes {@code both} too): the
   * project's dependencies as libraries, the build's JDK, and every parameter above.
   */
  ProtectOptions.Builder protectOptions(Path input) {
    ProtectOptions.Builder builder = ProtectOptions.builder().input(input)
        .jdk(BuildJdk.home(toolchains, session)).seed(seed).names(ProtectOptions.Names.parse(names))
        .repackage(repackage).libraryMode(libraryMode != null ? libraryMode : dependents().isPresent())
        .consumerRules(consumerRules).strictClasspath(strictClasspath)
        .applyMapping(applyMapping == null ? null : inProject(applyMapping))
        .level(ProtectOptions.parseLevel(level)).keepLines(keepLines).sourceFileName(sourceFileName)
        .hot(hot == null ? null : inProject(hot));
    ProjectLibraries.program(project).forEach(library -> builder.library(library.getPath()));
    programLibs.forEach(builder::programLib);
    keeps.forEach(builder::keep);
    rules.forEach(file -> builder.rules(inProject(file)));
    presets.forEach(builder::preset);
    wireOpen.forEach(builder::wireOpen);
    includes.forEach(builder::include);
    excludes.forEach(builder::exclude);
    if (kotlinDataNames != null) {
      builder.languageOption(KotlinSupport.DATA_NAMES, kotlinDataNames);
    }
    if (encrypt != null && !encrypt.isBlank() && !encrypt.equals("true") && !encrypt.equals("false")) {
      builder.include("encrypt:" + encrypt.strip());
    }
    return builder.passIfGiven("rename", rename).passIfGiven("strings", strings).passIfGiven("numbers", numbers)
        .passIfGiven("debug-info", debugInfo).keepDebugNames(keepDebugNames).passIfGiven("references", references)
        .passIfGiven("flow", flow)
        .passIfGiven("encrypt", encrypt == null || encrypt.isBlank() ? null : !encrypt.equals("false"));
  }

  /**
   * When no {@code libraryMode} is given and other modules of the build depend on the project: why it is protected
   * as a library, naming them.
   */
  Optional<String> dependents() {
    List<MavenProject> reactor = session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
    List<String> dependents = libraryMode != null ? List.of() : ReactorDependents.of(project, reactor);
    return dependents.isEmpty() ? Optional.empty() : Optional.of(project.getArtifactId() + " is a dependency of "
        + String.join(", ", dependents) + " in this build");
  }

  /**
   * A file the user named, relative to the project's folder: Maven does that for a file parameter set in the POM, not
   * always for one set by a user property ({@code -Djarmor.rules=rules.pro}) or in a list.
   */
  Path inProject(File file) {
    return project.getBasedir().toPath().resolve(file.toPath());
  }

  /** A path relative to the project's folder, as Maven users read them in the log. */
  String shown(Path path) {
    Path base = project.getBasedir().toPath().toAbsolutePath();
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }
}
