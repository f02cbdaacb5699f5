package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Each kind of bad input gives one line {@code jarmor: error: ...}, its documented exit code, no
 * stack trace, and no output file; the input is left as it was.
 */
class BadInputTest {

  @TempDir Path temp;

  private Path out() {
    return temp.resolve("out.jar");
  }

  private Cli.Result protect(String... args) {
    String[] full = Arrays.copyOf(new String[] {"protect", "-q", "-o", out().toString()}, 4 + args.length);
    System.arraycopy(args, 0, full, 4, args.length);
    return Cli.run(full);
  }

  private void assertFailure(Cli.Result result, int exitCode, String message) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    assertThat(result.err()).startsWith("jarmor: error: ").contains(message).doesNotContain("\tat ");
    assertThat(out()).doesNotExist();
    try (var files = Files.list(temp)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] classFile(String name, int version, String superName) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(version, Opcodes.ACC_PUBLIC, name, null, superName, null);
    writer.visitEnd();
    return writer.toByteArray();
  }

  private Path jar(String name, Object... entries) throws IOException {
    Path jar = temp.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) entries[i]));
        zip.write((byte[]) entries[i + 1]);
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void notAZip() throws IOException {
    Path input = Files.writeString(temp.resolve("notes.jar"), "just text");
    assertFailure(protect(input.toString()), 3, "not a jar or zip file");
  }

  @Test
  void truncatedJar() throws IOException {
    Path good = jar("good.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = Files.write(temp.resolve("truncated.jar"), Arrays.copyOf(bytes, bytes.length / 2));
    assertFailure(protect(truncated.toString()), 3, "corrupt or truncated jar");
  }

  @Test
  void corruptClassFile() throws IOException {
    byte[] good = classFile("a/A", Opcodes.V11, "java/lang/Object");
    byte[] corrupt = Arrays.copyOf(good, 14);
    assertFailure(protect(jar("in.jar", "a/A.class", corrupt).toString()), 3, "corrupt class file");
  }

  @Test
  void badMagicNumber() throws IOException {
    assertFailure(protect(jar("in.jar", "a/A.class", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}).toString()),
        3, "bad magic number");
  }

  @Test
  void duplicateEntryInOneJar() throws IOException {
    // ZipOutputStream refuses duplicates: write two entries, then give the second the first one's name
    Path jar = jar("dup.jar", "a/A.txt", new byte[] {1}, "a/B.txt", new byte[] {2});
    byte[] bytes = Files.readAllBytes(jar);
    byte[] from = "a/B.txt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        bytes[i + 2] = 'A';
      }
    }
    Files.write(jar, bytes);
    assertFailure(protect(jar.toString()), 3, "duplicate entry a/A.txt");
  }

  @Test
  void duplicateClassAcrossInputs() throws IOException {
    byte[] a = classFile("a/A", Opcodes.V11, "java/lang/Object");
    assertFailure(protect(jar("one.jar", "a/A.class", a).toString(), jar("two.jar", "a/A.class", a).toString()),
        3, "duplicate class a.A");
  }

  @Test
  void unsafeEntryPath() throws IOException {
    assertFailure(protect(jar("in.jar", "../evil.txt", new byte[] {1}).toString()), 3, "unsafe entry path ../evil.txt");
  }

  @Test
  void classFileNewerThanSupported() throws IOException {
    byte[] future = classFile("a/A", Opcodes.V11, "java/lang/Object");
    future[6] = 0;
    future[7] = (byte) 200;
    assertFailure(protect(jar("in.jar", "a/A.class", future).toString()), 3, "class file version 200 is newer");
  }

  @Test
  void missingSuperclassWithStrictClasspathIsNamedWithAHint() throws IOException {
    Path input = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "org/acme/Missing"));
    assertFailure(protect("--strict-classpath", input.toString()), 3, "class org.acme.Missing is missing");
    assertThat(protect("--strict-classpath", input.toString()).err())
        .contains("with --lib (needed by supertype of a.A)");
  }

  @Test
  void inputNotFound() {
    assertFailure(protect(temp.resolve("nope.jar").toString()), 3, "input not found");
  }

  @Test
  void usageErrors() throws IOException {
    Path input = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    assertFailure(Cli.run("protect", input.toString()), 2, "Missing required option");
    assertFailure(protect("--names", "fancy", input.toString()), 2, "--names takes short, keywords or dictionary:<file>");
    assertFailure(protect("--bogus", input.toString()), 2, "Unknown option");
    assertFailure(protect("--level", "5", input.toString()), 2, "--level takes 0 to 4, not 5");
    assertFailure(protect("--level", "two", input.toString()), 2, "--level");
    assertFailure(Cli.run("frobnicate"), 2, "Unmatched argument");
  }

  /** {@code --hot}: a profile missing or neither a recording nor a list is exit 3; at a level below 4, a warning. */
  @Test
  void aBadProfileIsOneLine() throws IOException {
    Path input = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    Path missing = temp.resolve("missing.jfr");
    assertFailure(protect("--level", "4", "--hot", missing.toString(), input.toString()), 3,
        "the profile not found (" + missing + ")");
    Path garbage = Files.write(temp.resolve("garbage.txt"), "a b c\n".getBytes(StandardCharsets.UTF_8));
    assertFailure(protect("--level", "4", "--hot", garbage.toString(), input.toString()), 3,
        "the profile is neither a JFR recording nor a list of methods: line 1 is no method: a b c");
    Cli.Result lower = protect("--level", "3", "--hot", garbage.toString(), input.toString());
    assertThat(lower.exitCode()).as(lower.err()).isZero();
    assertThat(lower.err()).contains("warning: --hot spares methods at level 4 only: garbage.txt changes nothing at"
        + " level 3");
  }

  @Test
  void aFolderAboveTheClassRootIsRefusedNamingTheRoot() throws IOException {
    Path app = temp.resolve("app");
    Files.createDirectories(app.resolve("classes/a"));
    Files.write(app.resolve("classes/a/A.class"), classFile("a/A", Opcodes.V11, "java/lang/Object"));
    assertFailure(protect(app.toString()), 3, "class a.A is stored under classes/, not at the top of the input: its"
        + " class root is " + app.resolve("classes") + ", give that as the input (" + app + ")");
    assertFailure(protect(jar("nested.jar", "lib/a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"))
        .toString()), 3, "the jar nests its classes under lib/");
    assertFailure(protect(jar("odd.jar", "b/B.class", classFile("a/A", Opcodes.V11, "java/lang/Object"))
        .toString()), 3, "class file b/B.class declares class a.A");
  }

  @Test
  void layoutOptionsThatCannotApplyAreUsageErrors() throws IOException {
    Path plain = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    assertFailure(protect("--program-lib", "acme-*.jar", plain.toString()), 2,
        "--program-lib names nested jars of a Spring Boot jar or a WAR, and " + plain + " is neither");
    Path war = jar("app.war", "WEB-INF/classes/a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    assertFailure(protect("--program-lib", "acme-*.jar", war.toString()), 2,
        "--program-lib acme-*.jar matches no nested jar of " + war + " (a war, which has none)");
    assertFailure(protect(war.toString(), plain.toString()), 2, "a war is protected on its own");
    assertFailure(protect(jar("empty.war", "WEB-INF/web.xml", new byte[] {'<'}).toString()), 3,
        "no class file in WEB-INF/classes/ of this war");
  }

  @Test
  void anInputWithoutClassesIsRefused() throws IOException {
    assertFailure(protect(jar("empty.jar", "readme.txt", new byte[] {1}).toString()), 3,
        "no class file in the input: nothing to protect");
  }

  @Test
  void everyMissingFileIsABadInputNamingItsPath() throws IOException {
    Path input = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    Path missing = temp.resolve("missing.txt");
    assertFailure(protect("--apply-mapping", missing.toString(), input.toString()), 3,
        "jarmor: error: mapping file not found (" + missing + ")");
    assertFailure(protect("--rules", missing.toString(), input.toString()), 3,
        "jarmor: error: rule file not found (" + missing + ")");
    assertFailure(protect("--names", "dictionary:" + missing, input.toString()), 3,
        "jarmor: error: name dictionary not found (" + missing + ")");
    assertFailure(Cli.run("retrace", "--mapping", missing.toString()), 3,
        "jarmor: error: mapping file not found (" + missing + ")");
  }

  @Test
  void aWriteErrorNamesTheTargetAndTheReason() throws IOException {
    Path input = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    Path blocked = Files.writeString(temp.resolve("file.txt"), "a file, not a folder");
    Path target = blocked.resolve("out.jar");
    Cli.Result result = Cli.run("protect", "-q", "-o", target.toString(), input.toString());
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).isEqualTo("jarmor: error: cannot write output: a file stands where a folder is needed ("
        + target + ")\n");
  }

  @Test
  void aReportThatCannotBeWrittenIsOneLineAndLeavesNoFile() throws IOException {
    Path input = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    Path blocked = Files.writeString(temp.resolve("file.txt"), "a file, not a folder");
    Path page = blocked.resolve("report.html");
    String line = "jarmor: error: cannot write HTML report: a file stands where a folder is needed (" + page + ")\n";

    Cli.Result protect = protect("--report-html", page.toString(), input.toString());
    Cli.Result explain = Cli.run("explain", "--report-html", page.toString(), input.toString());

    assertFailure(protect, 3, "cannot write HTML report");
    assertThat(protect.err()).isEqualTo(line);
    assertFailure(explain, 3, "cannot write HTML report");
    assertThat(explain.err()).isEqualTo(line);
    assertThat(explain.out()).as("explain prints nothing once a report fails").isEmpty();
  }

  @Test
  void aMistypedOptionGetsASuggestion() throws IOException {
    Path input = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    assertFailure(protect("--keep-line", input.toString()), 2, "did you mean --keep-lines?");
  }

  @Test
  void inputIsNeverModified() throws IOException {
    Path input = jar("in.jar", "a/A.class", classFile("a/A", Opcodes.V11, "java/lang/Object"));
    byte[] before = Files.readAllBytes(input);
    assertThat(protect(input.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(out()).exists();
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out())))
        .as("an ordinary file mode, not the temporary file's").isEqualTo("rw-r--r--");
  }
}
