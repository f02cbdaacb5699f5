package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathOptionTest {

  @TempDir Path temp;

  @Test
  void givesAJava9OrLaterAnArgumentFileWithTheClassPathQuoted() throws IOException {
    Path argumentFile = temp.resolve("cp.args");

    List<String> option = ClassPathOption.of(JavaRunner.javaExecutable(),
        List.of(Path.of("/a b/x.jar"), Path.of("C:\\y \"z\".jar")), argumentFile);

    assertThat(option).containsExactly("@" + argumentFile);
    assertThat(Files.readString(argumentFile))
        .isEqualTo("-cp \"/a b/x.jar" + File.pathSeparator + "C:\\\\y \\\"z\\\".jar\"\n");
  }

  @Test
  void givesAJavaWithoutARuntimeImageTheClassPathOnTheCommandLine() throws IOException {
    // a Java 8 layout: bin/java and lib/rt.jar, no lib/modules
    Path java = Files.createDirectories(temp.resolve("jdk8/bin")).resolve("java");
    Files.writeString(java, "");
    Files.writeString(Files.createDirectories(temp.resolve("jdk8/lib")).resolve("rt.jar"), "");

    assertThat(ClassPathOption.of(java, List.of(Path.of("a.jar"), Path.of("b")), temp.resolve("cp.args")))
        .containsExactly("-cp", "a.jar" + File.pathSeparator + "b");
    assertThat(temp.resolve("cp.args")).doesNotExist();
  }
}
