package dev.jarmor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassNamePatternTest {

  @ParameterizedTest
  @CsvSource({
      // the globs --keep takes
      "com.acme.api.**, com.acme.api.Client, true",
      "com.acme.api.**, com/acme/api/v2/Client, true",
      "com.acme.api.**, com.acme.apis.Client, false",
      "com.acme.*, com.acme.Boot, true",
      "com.acme.*, com.acme.Boot$Inner, true",
      "com.acme.*, com.acme.sub.Boot, false",
      "com.acme.Boot, com.acme.Boot, true",
      "com.acme.Boot, com.acme.Boots, false",
      "com.acme.Boot, comXacme.Boot, false",
      // the rest of ProGuard's class name syntax
      "com.acme.Test?, com.acme.Test1, true",
      "com.acme.Test?, com.acme.Test12, false",
      "**.Test, com.acme.Test, true",
      "**.Test, Test, false",
      "*, com.acme.Deep, true",
      "*, Top, true",
      "com.*.Boot, com.acme.Boot, true",
      "com.*.Boot, com.acme.sub.Boot, false",
      "com.acme.<1>, com.acme.sub.Boot, true"})
  void matchesAsProGuardDoes(String glob, String className, boolean matches) {
    ClassNamePattern pattern = ClassNamePattern.compile(glob);
    assertThat(pattern.matches(className)).isEqualTo(matches);
    assertThat(pattern).hasToString(glob);
  }

  @ParameterizedTest
  @CsvSource({"com.acme.Boot, false", "com.acme.*, true", "com.acme.Test?, true", "com.<1>.Boot, true"})
  void knowsWhetherItHasWildcards(String glob, boolean wildcards) {
    assertThat(ClassNamePattern.compile(glob).hasWildcards()).isEqualTo(wildcards);
  }
}
