package dev.jarmor.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.plan.NameForm;
import dev.jarmor.testing.Compiler;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which strings spell a program class's name, and in which form; everything else is plain text. */
class ClassNameStringFormsTest {

  @TempDir static Path temp;

  private static Hierarchy hierarchy;

  private static Hierarchy hierarchy() throws Exception {
    if (hierarchy == null) {
      Path classes = Compiler.compile(Map.of("com.acme.Foo", "package com.acme; public class Foo { class In {} }",
          "Top", "public class Top {}"), 17, temp.resolve("classes"));
      // the analysis stays open for the hierarchy's library lookups
      hierarchy = Jarmor.analyze(ProtectOptions.builder().input(classes).build(), JarmorListener.SILENT).hierarchy();
    }
    return hierarchy;
  }

  @Test
  void namesInEveryForm() throws Exception {
    Hierarchy h = hierarchy();
    assertThat(ClassNameString.of("com.acme.Foo", h, false)).isEqualTo(new ClassNameString("com/acme/Foo", NameForm.DOTTED_CLASS));
    assertThat(ClassNameString.of("com.acme.Foo$In", h, false)).isEqualTo(new ClassNameString("com/acme/Foo$In", NameForm.DOTTED_CLASS));
    assertThat(ClassNameString.of("com/acme/Foo", h, false)).isEqualTo(new ClassNameString("com/acme/Foo", NameForm.INTERNAL_CLASS));
    assertThat(ClassNameString.of("Lcom/acme/Foo;", h, false)).isEqualTo(new ClassNameString("com/acme/Foo", NameForm.DESCRIPTOR));
    assertThat(ClassNameString.of("[[Lcom/acme/Foo;", h, false)).isEqualTo(new ClassNameString("com/acme/Foo", NameForm.DESCRIPTOR));
    assertThat(ClassNameString.of("[Lcom.acme.Foo;", h, false)).isEqualTo(new ClassNameString("com/acme/Foo", NameForm.DOTTED_DESCRIPTOR));
    assertThat(ClassNameString.of("(ILjava/lang/String;)Lcom/acme/Foo;", h, false))
        .isEqualTo(new ClassNameString("com/acme/Foo", NameForm.DESCRIPTOR));
    assertThat(ClassNameString.of("Top", h, true)).isEqualTo(new ClassNameString("Top", NameForm.DOTTED_CLASS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[", "(", ")", "()", "(see below)", "L;", "Lcom/acme/Foo", "com.acme.Bar", "com.acme/Foo",
      "(Lcom/acme/Foo;", "((Lcom/acme/Foo;)V", "(Lcom/acme/Foo;)V)", "Lcom.acme/Foo;", "[I", "(I)V", "Top",
      "Ljava/lang/String;", "[Lcom/acme/Foo;x", "(Lcom.acme.Foo;)V"})
  void plainTextAndOtherNamesAreNotProgramClassNames(String text) throws Exception {
    assertThat(ClassNameString.of(text, hierarchy(), false)).isNull();
  }
}
