package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.mapping.ClassMapping;
import dev.jarmor.mapping.Mapping;
import dev.jarmor.mapping.MethodMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JUnit unique ids between a protected suite's names and the original's. */
class TestIdsTest {

  private static final Mapping MAPPING = new Mapping(List.of(
      new ClassMapping("com.acme.FooTest", "a.b", null, List.of(), List.of(
          new MethodMapping("void", "checks", List.of("com.acme.Foo[]", "int"), "c"),
          new MethodMapping("void", "checks", List.of(), "d"))),
      new ClassMapping("com.acme.FooTest$Inner", "a.b$e", null, List.of(), List.of(
          new MethodMapping("void", "nested", List.of(), "f"))),
      new ClassMapping("com.acme.Foo", "a.g", null, List.of(), List.of())));

  @Test
  void classAndMethodPartsFollowTheMappingParameterTypesIncluded() {
    String renamed = "[engine:junit-jupiter]/[class:a.b]/[method:c([La.g;, int)]";
    String original = "[engine:junit-jupiter]/[class:com.acme.FooTest]/[method:checks([Lcom.acme.Foo;, int)]";

    assertThat(TestIds.toOriginal(MAPPING).translate(renamed)).isEqualTo(original);
    assertThat(TestIds.toProtected(MAPPING).translate(original)).isEqualTo(renamed);
    assertThat(TestIds.toOriginal(MAPPING).translate("[engine:junit-jupiter]/[class:a.b]/[method:d()]"))
        .as("overloads told apart by their parameters")
        .isEqualTo("[engine:junit-jupiter]/[class:com.acme.FooTest]/[method:checks()]");
  }

  @Test
  void nestedClassesTemplatesAndJUnit4() {
    TestIds ids = TestIds.toOriginal(MAPPING);

    assertThat(ids.translate("[engine:junit-jupiter]/[class:a.b]/[nested-class:e]/[method:f()]"))
        .isEqualTo("[engine:junit-jupiter]/[class:com.acme.FooTest]/[nested-class:Inner]/[method:nested()]");
    assertThat(ids.translate("[engine:junit-jupiter]/[class:a.b]/[test-template:c([La.g;, int)]"
        + "/[test-template-invocation:#2]"))
        .isEqualTo("[engine:junit-jupiter]/[class:com.acme.FooTest]/[test-template:checks([Lcom.acme.Foo;, int)]"
            + "/[test-template-invocation:#2]");
    assertThat(ids.translate("[engine:junit-vintage]/[runner:a.b]/[test:checks(a.b)]"))
        .isEqualTo("[engine:junit-vintage]/[runner:com.acme.FooTest]/[test:checks(com.acme.FooTest)]");
  }

  @Test
  void whatTheMappingDoesNotKnowStays() {
    String id = "[engine:junit-jupiter]/[class:com.acme.Kept]/[method:inherited(java.lang.String)]";

    assertThat(TestIds.toOriginal(MAPPING).translate(id)).isEqualTo(id);
    assertThat(TestIds.toOriginal(MAPPING).translate("not an id")).isEqualTo("not an id");
  }

  @Test
  void aReadableNameIsTheClassTheMethodAndTheInvocation() {
    assertThat(TestIds.readable("[engine:junit-jupiter]/[class:com.acme.FooTest]/[nested-class:Inner]"
        + "/[test-template:checks(int)]/[test-template-invocation:#2]"))
        .isEqualTo("com.acme.FooTest$Inner.checks(int) #2");
    assertThat(TestIds.readable("[engine:junit-vintage]/[runner:com.acme.FooTest]/[test:checks(com.acme.FooTest)]"))
        .isEqualTo("com.acme.FooTest.checks");
    assertThat(TestIds.readable("not an id")).isEqualTo("not an id");
  }
}
