package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.ProtectOptions;
import dev.jarmor.rename.KeywordNames;
import dev.jarmor.testing.ClassFiles;
import dev.jarmor.testing.Programs;
import dev.jarmor.testing.SameOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.tree.ClassNode;

/**
 * {@code --names keywords}: the test programs, their classes and members named with Java's reserved words and names
 * beginning with a digit, behave as the originals in a child JVM at levels 1 and 3; packages keep short names.
 */
class KeywordNamesBehaviourTest {

  @TempDir Path temp;

  @Test
  void namesAreDistinctLowerCaseAndNoJavaIdentifiers() {
    KeywordNames names = new KeywordNames(7);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      String name = names.name(i);
      assertThat(seen.add(name)).as(name).isTrue();
      assertThat(name).isEqualTo(name.toLowerCase(Locale.ROOT)).doesNotContain(".", ";", "[", "/", "<", ">");
      assertThat(SourceVersion.isName(name)).as(name + " in Java source").isFalse();
      assertThat(SourceVersion.isName(names.forPackages().name(i))).as("a package name").isTrue();
    }
  }

  @ParameterizedTest(name = "{0} at level {2}")
  @CsvSource({"java8, app.Main, 1", "java8, app.Main, 3", "java17, shop.Main, 1", "java17, shop.Main, 3"})
  void behavesLikeTheOriginal(String program, String main, int level) throws Exception {
    Path classes = Programs.compile(program, program.equals("java8") ? 8 : 17, temp.resolve("classes"));
    Path out = temp.resolve("out.jar");
    SameOutput.afterProtection(classes, out, ProtectOptions.builder().seed(42L).level(level)
        .names(new ProtectOptions.Names.Keywords()), main, List.of());
    List<String> classNames = new ArrayList<>();
    List<String> memberNames = new ArrayList<>();
    List<String> packages = new ArrayList<>();
    for (byte[] classFile : ClassFiles.of(out).values()) {
      ClassNode node = ClassFiles.node(classFile);
      String simple = node.name.substring(node.name.lastIndexOf('/') + 1);
      classNames.add(simple.substring(simple.lastIndexOf('$') + 1));
      packages.add(node.name.substring(0, Math.max(0, node.name.lastIndexOf('/'))));
      node.methods.forEach(method -> memberNames.add(method.name));
      node.fields.forEach(field -> memberNames.add(field.name));
    }
    assertThat(classNames).as("renamed classes").filteredOn(SourceVersion::isKeyword).hasSizeGreaterThan(3);
    assertThat(memberNames).as("renamed members").filteredOn(SourceVersion::isKeyword).hasSizeGreaterThan(3);
    assertThat(packages).as("packages").allMatch(p -> p.isEmpty() || SourceVersion.isName(p.replace('/', '.')));
  }
}
