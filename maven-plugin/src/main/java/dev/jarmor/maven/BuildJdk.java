package dev.jarmor.maven;

import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * The JDK the project's program runs on: the {@code jdk} toolchain's home when the build selects one (with
 * maven-toolchains-plugin), else null, which core reads as the JDK running Maven.
 */
final class BuildJdk {

  private BuildJdk() {}

  static Path home(ToolchainManager toolchains, MavenSession session) {
    Toolchain jdk = toolchains == null ? null : toolchains.getToolchainFromBuildContext("jdk", session);
    String java = jdk == null ? null : jdk.findTool("java");
    // <home>/bin/java
    return java == null ? null : Path.of(java).toAbsolutePath().getParent().getParent();
  }
}
