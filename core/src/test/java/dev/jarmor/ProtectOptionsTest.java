package dev.jarmor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link ProtectOptions#toBuilder()}: the check derives every variant's options from the user's; the values users
 * spell as text, parsed here for the CLI and the Maven plugin alike.
 */
class ProtectOptionsTest {

  @Test
  void toBuilderCopiesEveryOption() throws Exception {
    ProtectOptions options = ProtectOptions.builder().input(Path.of("a.jar")).input(Path.of("b"))
        .programLib("acme-*.jar").output(Path.of("o")).library("l1.jar").jdk(Path.of("jdk")).seed(9L)
        .names(new ProtectOptions.Names.Dictionary(Path.of("d")))
        .repackage("com.acme.x").keep("com.acme.*").libraryMode(true).rules(Path.of("r.pro")).preset("junit5")
        .mapping(Path.of("m.txt")).applyMapping(Path.of("old.txt")).report(Path.of("r.json"))
        .htmlReport(Path.of("r.html")).verifyLoad(true).strictClasspath(true)
        .wire(ProtectOptions.Wire.CLOSED).wireOpen("com.acme.Wire").level(3).pass("flow", false)
        .include("com.acme.**").exclude("flow:com.acme.Hot").keepLines(true).sourceFileName("S").build();

    ProtectOptions copy = options.toBuilder().build();

    for (Method getter : ProtectOptions.class.getDeclaredMethods()) {
      if (Modifier.isPublic(getter.getModifiers()) && !Modifier.isStatic(getter.getModifiers())
          && getter.getParameterCount() == 0 && !getter.getName().equals("toBuilder")) {
        assertThat(getter.invoke(copy)).as(getter.getName()).isEqualTo(getter.invoke(options));
      }
    }
  }

  @Test
  void textValuesParseAsTheCommandLineSpellsThem() {
    assertThat(ProtectOptions.Wire.parse("closed")).isEqualTo(ProtectOptions.Wire.CLOSED);
    assertThatThrownBy(() -> ProtectOptions.Wire.parse("shut")).isInstanceOf(JarmorException.class)
        .hasMessage("--wire takes open or closed, not 'shut'");
    assertThat(ProtectOptions.Names.parse("short")).isEqualTo(new ProtectOptions.Names.Short());
    assertThat(ProtectOptions.Names.parse("dictionary:words.txt"))
        .isEqualTo(new ProtectOptions.Names.Dictionary(Path.of("words.txt")));
    assertThatThrownBy(() -> ProtectOptions.Names.parse("dictionary:"))
        .hasMessage("--names takes short, keywords or dictionary:<file>, not 'dictionary:'");
    assertThat(ProtectOptions.parseLevel(" 3")).isEqualTo(3);
    assertThatThrownBy(() -> ProtectOptions.parseLevel("high")).hasMessage("--level takes 0 to 4, not high");
    assertThatThrownBy(() -> ProtectOptions.parseLevel("5")).hasMessage("--level takes 0 to 4, not 5");
    assertThatThrownBy(() -> ProtectOptions.parseLevel("-1")).hasMessage("--level takes 0 to 4, not -1");
  }

  @Test
  void aBadPackageNameIsRefusedAsItIsGiven() {
    assertThatThrownBy(() -> ProtectOptions.builder().repackage("com.9acme"))
        .hasMessage("--repackage needs a package name such as com.acme.internal, not 'com.9acme'");
    assertThat(ProtectOptions.builder().repackage("com.acme.x").build().repackage()).isEqualTo("com/acme/x");
  }
}
