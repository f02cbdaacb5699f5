package dev.jarmor.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The project's main artifact, and its unprotected copy beside it ({@code <name>-unprotected.jar}) once the protect
 * goal has put the protected jar in its place. A later build that does not clean may find nothing for the jar plugin
 * to rebuild and leave the protected jar there: the digest of the jar written last ({@code jarmor/protected.sha256})
 * tells it apart from a jar built anew, so that the program is never protected twice and the check always runs the
 * program as built.
 */
final class MainArtifact {

  private final Path file;
  private final Path unprotected;
  private final Path stamp;

  /**
   * @param file the main artifact
   * @param workFolder the plugin's folder ({@code target/jarmor}), where the digest is kept
   */
  MainArtifact(Path file, Path workFolder) {
    this.file = file;
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    this.unprotected = file.resolveSibling(dot < 0 ? name + "-unprotected" : name.substring(0, dot) + "-unprotected"
        + name.substring(dot));
    this.stamp = workFolder.resolve("protected.sha256");
  }

  Path file() {
    return file;
  }

  /** The program as built: the unprotected copy when the artifact is the protected jar written last, else itself. */
  Path program() throws MojoExecutionException {
    return isProtected() ? unprotected : file;
  }

  /**
   * Makes the unprotected copy the program to protect, unless the artifact is already the protected jar written last
   * (then the copy is the program already); returns whether a copy was made, which a failed protect removes.
   */
  boolean copyUnprotected() throws MojoExecutionException {
    if (isProtected()) {
      return false;
    }
    try {
      Files.copy(file, unprotected, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      return true;
    } catch (IOException e) {
      throw new MojoExecutionException("jarmor: cannot copy " + file + " to " + unprotected + ": " + e, e);
    }
  }

  Path unprotected() {
    return unprotected;
  }

  /** Forgets the copy a protect that failed made: the artifact is as it was built. */
  void removeCopy() {
    try {
      Files.deleteIfExists(unprotected);
    } catch (IOException e) {
      // the copy equals the artifact, which is untouched: nothing is wrong if it stays
    }
  }

  /** Records that the artifact is now the protected jar. */
  void markProtected() throws MojoExecutionException {
    try {
      Files.createDirectories(stamp.getParent());
      Files.writeString(stamp, digest(file) + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new MojoExecutionException("jarmor: cannot write " + stamp + ": " + e, e);
    }
  }

  private boolean isProtected() throws MojoExecutionException {
    if (!Files.isRegularFile(stamp) || !Files.isRegularFile(unprotected)) {
      return false;
    }
    try {
      return Files.readString(stamp, StandardCharsets.US_ASCII).strip().equals(digest(file));
    } catch (IOException e) {
      throw new MojoExecutionException("jarmor: cannot read " + stamp + ": " + e, e);
    }
  }

  private static String digest(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
