package dev.jarmor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link ProtectOptions#toBuilder()}: the check derives every variant's options from the user's. */
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
}
