package dev.jarmor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jarmor.JarmorException;
import dev.jarmor.rules.KeepRule.Kind;
import dev.jarmor.rules.KeepRule.Modifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleParserTest {

  private static KeepRule only(String text) {
    RuleSet set = RuleParser.parse(text, "rules.pro");
    assertThat(set.rules()).hasSize(1);
    return set.rules().get(0);
  }

  private static ClassSpecification spec(String text) {
    return only(text).classSpecification();
  }

  private static String error(String text) {
    Throwable thrown = catchUsage(() -> RuleParser.parse(text, "rules.pro"));
    return thrown.getMessage();
  }

  private static Throwable catchUsage(Runnable run) {
    try {
      run.run();
    } catch (JarmorException e) {
      assertThat(e.kind()).isEqualTo(JarmorException.Kind.USAGE);
      assertThat(e.kind().exitCode()).isEqualTo(2);
      return e;
    }
    throw new AssertionError("no usage error");
  }

  // ---- options and modifiers

  @ParameterizedTest
  @CsvSource({
      "-keep, KEEP", "-keepclassmembers, KEEP_CLASS_MEMBERS", "-keepclasseswithmembers, KEEP_CLASSES_WITH_MEMBERS",
      "-keepnames, KEEP_NAMES", "-keepclassmembernames, KEEP_CLASS_MEMBER_NAMES",
      "-keepclasseswithmembernames, KEEP_CLASSES_WITH_MEMBER_NAMES"})
  void readsEachKeepOption(String option, Kind kind) {
    KeepRule rule = only(option + " class com.acme.Foo");
    assertThat(rule.kind()).isEqualTo(kind);
    assertThat(rule.modifiers()).isEmpty();
    assertThat(rule.keepsNames()).isTrue();
    assertThat(rule.location()).isEqualTo("rules.pro:1");
    assertThat(rule).hasToString(option + " class com.acme.Foo");
  }

  @Test
  void readsModifiers() {
    KeepRule rule = only("-keep , allowshrinking,allowoptimization, includedescriptorclasses,includecode"
        + ",allowobfuscation class com.acme.Foo");
    assertThat(rule.modifiers()).containsExactly(Modifier.ALLOW_SHRINKING, Modifier.ALLOW_OPTIMIZATION,
        Modifier.ALLOW_OBFUSCATION, Modifier.INCLUDE_DESCRIPTOR_CLASSES, Modifier.INCLUDE_CODE);
    assertThat(rule.keepsNames()).isFalse();
    assertThat(rule).hasToString("-keep,allowshrinking,allowoptimization,allowobfuscation,"
        + "includedescriptorclasses,includecode class com.acme.Foo");
  }

  @Test
  void warnsAboutR8OnlyModifiersAndKeepsTheRule() {
    RuleSet set = RuleParser.parse("-keep,allowrepackage class com.acme.Foo", "rules.pro");
    assertThat(set.rules()).hasSize(1);
    assertThat(set.warnings()).containsExactly("rules.pro:1: modifier allowrepackage of -keep is not supported yet;"
        + " ignored");
  }

  // ---- class specifications

  @Test
  void readsClassAnnotationModifiersAndNegations() {
    ClassSpecification spec = spec("-keep @com.acme.Api public !final !abstract class com.acme.**");
    assertThat(spec.annotation()).hasToString("com.acme.Api");
    assertThat(spec.access().entries()).containsExactly(new AccessModifiers.Entry("public", false),
        new AccessModifiers.Entry("final", true), new AccessModifiers.Entry("abstract", true));
    assertThat(spec.type()).isEqualTo(ClassSpecification.ClassType.CLASS);
    assertThat(spec).hasToString("@com.acme.Api public !final !abstract class com.acme.**");
  }

  @ParameterizedTest
  @CsvSource({
      "class, CLASS, false", "interface, INTERFACE, false", "!interface, INTERFACE, true", "enum, ENUM, false",
      "!enum, ENUM, true", "@interface, ANNOTATION, false", "!@interface, ANNOTATION, true"})
  void readsClassTypes(String keyword, ClassSpecification.ClassType type, boolean negated) {
    ClassSpecification spec = spec("-keep public " + keyword + " *");
    assertThat(spec.type()).isEqualTo(type);
    assertThat(spec.typeNegated()).isEqualTo(negated);
    assertThat(spec).hasToString("public " + keyword + " *");
  }

  @Test
  void annotationTypeKeywordIsNotAnAnnotation() {
    ClassSpecification spec = spec("-keep @com.acme.Meta @interface com.acme.*");
    assertThat(spec.annotation()).hasToString("com.acme.Meta");
    assertThat(spec.type()).isEqualTo(ClassSpecification.ClassType.ANNOTATION);
  }

  @Test
  void readsClassNameListsWithNegation() {
    ClassSpecification spec = spec("-keep class !com.acme.internal.**, com.acme.** ,!*Test");
    assertThat(spec.names().entries()).extracting(Object::toString)
        .containsExactly("!com.acme.internal.**", "com.acme.**", "!*Test");
    assertThat(spec.names().matches("com.acme.Foo")).isTrue();
    assertThat(spec.names().matches("com/acme/internal/Foo")).isFalse();
  }

  @Test
  void readsExtendsAndImplementsWithAnnotation() {
    ClassSpecification spec = spec("-keep class * extends @com.acme.Base com.acme.AbstractFoo");
    assertThat(spec.extendsName()).hasToString("com.acme.AbstractFoo");
    assertThat(spec.extendsAnnotation()).hasToString("com.acme.Base");
    assertThat(spec).hasToString("class * extends @com.acme.Base com.acme.AbstractFoo");
    assertThat(spec("-keep class * implements java.io.Serializable")).hasToString(
        "class * implements java.io.Serializable");
  }

  // ---- member specifications

  @Test
  void readsWildcardMembers() {
    ClassSpecification spec = spec("-keep class * { <fields>; public <methods>; *; }");
    assertThat(spec.members()).extracting(MemberSpecification::kind).containsExactly(
        MemberSpecification.Kind.ALL_FIELDS, MemberSpecification.Kind.ALL_METHODS,
        MemberSpecification.Kind.ALL_MEMBERS);
    assertThat(spec).hasToString("class * { <fields>; public <methods>; *; }");
  }

  @Test
  void readsFieldsAndMethods() {
    ClassSpecification spec = spec("""
        -keepclassmembers class com.acme.Foo {
          @com.acme.Json private static final java.lang.String NAME;
          int[] counts;
          !static *** get*();
          void set*(***);
          public static **[] values();
          % compute(int, java.lang.String[], ...);
        }
        """);
    assertThat(spec.members()).extracting(Object::toString).containsExactly(
        "@com.acme.Json private static final java.lang.String NAME;",
        "int[] counts;",
        "!static *** get*();",
        "void set*(***);",
        "public static **[] values();",
        "% compute(int, java.lang.String[], ...);");
    MemberSpecification field = spec.members().get(0);
    assertThat(field.kind()).isEqualTo(MemberSpecification.Kind.FIELD);
    assertThat(field.annotation()).hasToString("com.acme.Json");
    assertThat(field.type()).isEqualTo("java.lang.String");
    assertThat(field.name()).isEqualTo("NAME");
    MemberSpecification compute = spec.members().get(5);
    assertThat(compute.kind()).isEqualTo(MemberSpecification.Kind.METHOD);
    assertThat(compute.arguments()).containsExactly("int", "java.lang.String[]", "...");
  }

  @Test
  void readsConstructorsInBothSpellings() {
    ClassSpecification spec = spec("-keep class com.acme.Foo { <init>(); Foo(int); com.acme.Foo(java.lang.String); }");
    assertThat(spec.members()).allSatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MemberSpecification.Kind.METHOD);
      assertThat(m.type()).isNull();
    });
    assertThat(spec).hasToString("class com.acme.Foo { <init>(); Foo(int); com.acme.Foo(java.lang.String); }");
  }

  @Test
  void readsBackReferencesAsWildcards() {
    ClassSpecification spec = spec("-keep class com.acme.<1>Impl { <2> get<3>(); }");
    assertThat(spec.names().matches("com.acme.sub.FooImpl")).isTrue();
    assertThat(spec.members()).extracting(Object::toString).containsExactly("<2> get<3>();");
  }

  @Test
  void emptyMemberBlockIsNoMemberBlock() {
    assertThat(spec("-keepnames class com.acme.Foo {}").members()).isEmpty();
  }

  // ---- layout: comments, lines, quotes

  @Test
  void readsCommentsAndOptionsSpanningLines() {
    RuleSet set = RuleParser.parse("""
        # a comment
        -keep   # the option
           public class com.acme.Foo # its class
        {
            public <methods>; # members
        }
        -keepnames class com.acme.Bar#no blank before the comment
        """, "rules.pro");
    assertThat(set.rules()).extracting(Object::toString).containsExactly(
        "-keep public class com.acme.Foo { public <methods>; }",
        "-keepnames class com.acme.Bar");
    assertThat(set.rules()).extracting(KeepRule::line).containsExactly(2, 7);
    assertThat(set.warnings()).isEmpty();
  }

  @Test
  void readsWindowsLineEndingsAndByteOrderMark() {
    RuleSet set = RuleParser.parse("\uFEFF-keep class a.A\r\n-printusage b.txt\r\n-keep class c.C\r\n", "rules.pro");
    assertThat(set.rules()).extracting(KeepRule::line).containsExactly(1, 3);
    assertThat(set.warnings()).containsExactly("rules.pro:2: -printusage is not supported yet; ignored");
  }

  // ---- unsupported options

  @Test
  void warnsOncePerUnsupportedOptionWithFileAndLine() {
    RuleSet set = RuleParser.parse("""
        -printseeds out/seeds.txt
        -keepattributes Signature, InnerClasses,
            EnclosingMethod
        -keep class com.acme.Foo
        -optimizations !code/simplification/arithmetic,!field/*
        -printmapping out/mapping.txt
        -repackageclasses ''
        -dontobfuscate
        -assumenosideeffects class android.util.Log {
            public static *** d(...);
            -dont-mistake-me-for-an-option;
        }
        -keepclassmembers class com.acme.Foo { <fields>; }
        """, "rules.pro");
    assertThat(set.warnings()).containsExactly(
        "rules.pro:1: -printseeds is not supported yet; ignored",
        "rules.pro:2: -keepattributes is not supported yet; ignored",
        "rules.pro:5: -optimizations is not supported yet; ignored",
        "rules.pro:6: -printmapping is not supported yet; ignored",
        "rules.pro:7: -repackageclasses is not supported yet; ignored",
        "rules.pro:8: -dontobfuscate is not supported yet; ignored",
        "rules.pro:9: -assumenosideeffects is not supported yet; ignored");
    assertThat(set.rules()).extracting(KeepRule::line).containsExactly(4, 13);
  }

  @Test
  void ifIsReadAndWarnedAboutAndItsRuleStays() {
    RuleSet set = RuleParser.parse("""
        -if interface * { @retrofit2.http.* <methods>; }
        -keep,allowobfuscation interface <1>
        """, "rules.pro");
    assertThat(set.warnings()).containsExactly(
        "rules.pro:1: -if is not supported yet; the keep rule after it applies unconditionally");
    assertThat(set.rules()).extracting(Object::toString).containsExactly("-keep,allowobfuscation interface <1>");
  }

  // ---- includes

  @Test
  void includesRelativeToTheIncludingFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("conf/more"));
    Path main = Files.writeString(dir.resolve("conf/main.pro"), """
        -keep class a.A
        -include more/second.pro
        @'more/third file.pro'
        -keep class a.D
        """);
    Files.writeString(dir.resolve("conf/more/second.pro"), "-keep class a.B\n-verbose\n");
    Files.writeString(dir.resolve("conf/more/third file.pro"), "-keep class a.C\n");
    RuleSet set = RuleParser.parse(main);
    assertThat(set.rules()).extracting(Object::toString).containsExactly(
        "-keep class a.A", "-keep class a.B", "-keep class a.C", "-keep class a.D");
    assertThat(set.rules().get(1).location()).isEqualTo(dir.resolve("conf/more/second.pro") + ":1");
    assertThat(set.warnings()).containsExactly(dir.resolve("conf/more/second.pro")
        + ":2: -verbose is not supported yet; ignored");
  }

  @Test
  void includeNamesItsFileRelativeToTheIncludingOne(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("more/second.pro"), "-keep class a.B\n");
    RuleSet set = RuleParser.parse("-include more/second.pro", dir.resolve("main.pro").toString());
    assertThat(set.rules()).extracting(KeepRule::file).containsExactly(dir.resolve("more/second.pro").toString());
  }

  @Test
  void baseDirectoryChangesWhereIncludesAreFound(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("conf/shared"));
    Files.writeString(dir.resolve("conf/shared/common.pro"), "-keep class a.Common\n");
    Path main = Files.writeString(dir.resolve("conf/main.pro"), "-basedirectory shared\n-include common.pro\n");
    assertThat(RuleParser.parse(main).rules()).extracting(Object::toString).containsExactly("-keep class a.Common");
  }

  @Test
  void includeCycleIsAnError(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.pro"), "-keep class a.A\n-include b.pro\n");
    Files.writeString(dir.resolve("b.pro"), "\n\n@a.pro\n");
    Throwable e = catchUsage(() -> RuleParser.parse(a));
    assertThat(e.getMessage()).startsWith(dir.resolve("b.pro") + ":3: rule file " + dir.resolve("a.pro")
        + " includes itself: ");
  }

  @Test
  void includingTheSameFileTwiceIsNoCycle(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("common.pro"), "-keep class a.Common\n");
    Path main = Files.writeString(dir.resolve("main.pro"), "-include common.pro\n-include common.pro\n");
    assertThat(RuleParser.parse(main).rules()).hasSize(2);
  }

  @Test
  void dontnoteSilencesTheNotesOfTheClassesItsFilterMatches() {
    RuleSet some = RuleParser.parse("-dontnote !com.acme.Boot,com.acme.**\n-keep class a.A\n", "rules.pro");
    assertThat(some.rules()).hasSize(1);
    assertThat(some.warnings()).isEmpty();
    assertThat(some.silencedNotes().silences("com/acme/plugins/Host")).isTrue();
    assertThat(some.silencedNotes().silences("com.acme.Boot")).as("negated before the match").isFalse();
    assertThat(some.silencedNotes().silences("org.other.Main")).isFalse();
    RuleSet all = RuleParser.parse("-dontnote\n-keep class a.A\n", "rules.pro");
    assertThat(all.silencedNotes().silences("org.other.Main")).as("no filter: every class").isTrue();
    assertThat(RuleSet.EMPTY.silencedNotes().silences("org.other.Main")).isFalse();
  }

  @Test
  void dontwarnSilencesMissingClassesItsFilterMatchesAndIgnorewarningsIsAccepted() {
    RuleSet set = RuleParser.parse("-dontwarn org.osgi.**,javax.management.ObjectMBean\n-ignorewarnings\n"
        + "-keep class a.A\n", "rules.pro");
    assertThat(set.warnings()).as("both are read, neither is unsupported").isEmpty();
    assertThat(set.rules()).hasSize(1);
    assertThat(set.silencedWarnings().silences("org/osgi/framework/BundleActivator")).isTrue();
    assertThat(set.silencedWarnings().silences("javax.management.ObjectMBean")).isTrue();
    assertThat(set.silencedWarnings().silences("javax.management.MBeanServer")).isFalse();
    assertThat(set.silencedNotes().silences("org.osgi.framework.BundleActivator")).as("-dontnote's apart").isFalse();
    assertThat(RuleParser.parse("-dontwarn\n", "rules.pro").silencedWarnings().silences("any.Class")).isTrue();
    assertThat(set.plus(RuleParser.parse("-dontwarn com.acme.*", "more.pro")).silencedWarnings()
        .silences("com.acme.Plugin")).isTrue();
    assertThatThrownBy(() -> RuleParser.parse("-ignorewarnings everything\n", "rules.pro"))
        .hasMessageContaining("rules.pro:1: expecting an option such as -keep, found 'everything'");
  }

  @Test
  void excludeReadsPassExclusionsInTheCommandLinesForm() {
    RuleSet set = RuleParser.parse("-exclude com.acme.hot.**\n-keep class a.A\n"
        + "-exclude flow:com.acme.Loop, strings:com.acme.Keys\n", "rules.pro");
    assertThat(set.excludePatterns()).containsExactly("com.acme.hot.**", "flow:com.acme.Loop", "strings:com.acme.Keys");
    assertThat(set.rules()).hasSize(1);
    assertThat(set.warnings()).isEmpty();
    assertThat(set.plus(RuleParser.parse("-exclude numbers:b.B", "more.pro")).excludePatterns())
        .containsExactly("com.acme.hot.**", "flow:com.acme.Loop", "strings:com.acme.Keys", "numbers:b.B");
    assertThat(RuleSet.EMPTY.excludePatterns()).isEmpty();
  }

  @Test
  void excludeRejectsUnknownPassesAndMissingPatterns() {
    assertThat(error("-keep class a.A\n-exclude string:com.acme.Keys")).isEqualTo("rules.pro:2: no code pass named"
        + " 'string' in -exclude; code passes: debug-names, strings, references, flow, numbers, encrypt");
    assertThat(error("-exclude rename:com.acme.Keys")).as("renaming takes no scope").startsWith("rules.pro:1: no code"
        + " pass named 'rename'");
    assertThat(error("-exclude\n-keep class a.A")).startsWith("rules.pro:2: expecting a [pass:]class pattern after"
        + " -exclude");
    assertThat(error("-exclude flow:")).startsWith("rules.pro:1: expecting a class pattern after 'flow:'");
    assertThat(error("-exclude a.A b.B")).startsWith("rules.pro:1: unexpected 'b.B'");
  }

  @Test
  void missingFilesAreInputErrorsNamingThePath(@TempDir Path dir) throws IOException {
    JarmorException missing = catchThrowableOfType(JarmorException.class,
        () -> RuleParser.parse(dir.resolve("none.pro")));
    assertThat(missing.kind()).isEqualTo(JarmorException.Kind.INPUT);
    assertThat(missing.userMessage()).isEqualTo("rule file not found (" + dir.resolve("none.pro") + ")");
    Path main = Files.writeString(dir.resolve("main.pro"), "-keep class a.A\n-include gone.pro\n");
    assertThat(catchThrowableOfType(JarmorException.class, () -> RuleParser.parse(main)).userMessage())
        .isEqualTo(main + ":2: rule file not found (" + dir.resolve("gone.pro") + ")");
  }

  @Test
  void parsesSeveralFilesIntoOneSet(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.pro"), "-keep class a.A\n");
    Path b = Files.writeString(dir.resolve("b.pro"), "-printusage x.txt\n-keep class b.B\n");
    RuleSet set = RuleParser.parse(List.of(a, b));
    assertThat(set.rules()).extracting(Object::toString).containsExactly("-keep class a.A", "-keep class b.B");
    assertThat(set.warnings()).hasSize(1);
    RuleSet plus = RuleParser.parse(a).plus(RuleParser.parse(b));
    assertThat(plus.rules()).extracting(KeepRule::location).containsExactly(a + ":1", b + ":2");
    assertThat(plus.warnings()).isEqualTo(set.warnings());
  }

  // ---- errors

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "-kep class a.A | rules.pro:1: unknown option -kep",
      "-keepclassmember class a.A { *; } | rules.pro:1: unknown option -keepclassmember",
      "-keep,allowobfuscaton class a.A | rules.pro:1: unknown modifier 'allowobfuscaton' of -keep",
      "-keep | rules.pro:1: expecting a class specification after -keep",
      "-keep\\n-dontwarn a.** | rules.pro:1: expecting a class specification after -keep",
      "-keep a.A | rules.pro:1: expecting 'class', 'interface', 'enum' or '@interface', found 'a.A'",
      "-keep public | rules.pro:1: expecting 'class', 'interface', 'enum' or '@interface' but the file ends",
      "-keep !class * | rules.pro:1: 'class' cannot be negated: it matches every class and interface",
      "-keep class | rules.pro:1: expecting a class name but the file ends",
      "-keep class { *; } | rules.pro:1: expecting a class name, found '{'",
      "-keep class a..B | rules.pro:1: 'a..B' is not a class name",
      "-keep class a.A extends | rules.pro:1: expecting a class name after 'extends' but the file ends",
      "-keep class a.A;\\n | rules.pro:1: unexpected ';' after the class specification",
      "-keep class a.A b.B | rules.pro:1: unexpected 'b.B' after the class specification",
      "keep class a.A | rules.pro:1: expecting an option such as -keep, found 'keep'",
      "\\n\\n-keep class a.A {\\n  <fields>;\\n | rules.pro:3: missing '}' to close this member block",
      "-keep class a.A {\\n  <fields>\\n} | rules.pro:3: expecting ';' after <fields>, found '}'",
      "-keep class a.A {\\n  int count\\n} | rules.pro:3: expecting ';' after the member specification, found '}'",
      "-keep class a.A { foo(); } | rules.pro:1: expecting a type and a name before '(', found only 'foo'"
          + " (a constructor is <init>(...) or the class name)",
      "-keep class a.A { count; } | rules.pro:1: expecting a type and a name, found only 'count'",
      "-keep class a.A { void count; } | rules.pro:1: 'void' is not a field type",
      "-keep class a.A { int foo(void); } | rules.pro:1: 'void' is not an argument type",
      "-keep class a.A { java..Foo foo(); } | rules.pro:1: 'java..Foo' is not a type",
      "-keep class a.A { java.util.List<java.lang.String> foo(); } | rules.pro:1: 'java.util.List<java.lang.String>'"
          + " is generic: write the erased type, as in the class file",
      "-keep public !public class a.A | rules.pro:1: conflicting modifiers public and !public",
      "-keep class a.A { static static *; } | rules.pro:1: modifier static appears twice",
      "-keep class a.A { native <fields>; } | rules.pro:1: a field cannot be native",
      "-keep class a.A { volatile int foo(); } | rules.pro:1: a method cannot be volatile",
      "-keep class a.A {\\n  transient <init>(); } | rules.pro:2: a method cannot be transient",
      "-keep class a.A { int a.b; } | rules.pro:1: 'a.b' is not a member name",
      "-keep class a.A { int x = 1; } | rules.pro:1: values ('=') belong to -assumevalues and -assumenosideeffects,"
          + " not to keep rules",
      "-keep class a.A { int foo(int; } | rules.pro:1: expecting ',' or ')' in the argument types, found ';'",
      "-keep class a.A { !foo bar(); } | rules.pro:1: expecting a member modifier after '!'",
      "-keep class a.A { int <init>; } | rules.pro:1: expecting '(' after <init>",
      "-if class a.A\\n-dontwarn b.** | rules.pro:2: -if must be followed by a keep option such as -keep",
      "-include 'unterminated.pro | rules.pro:1: missing closing ' of a quoted name",
      "-include | rules.pro:1: expecting a file name after -include but the file ends"})
  void malformedRulesAreUsageErrorsWithFileAndLine(String text, String message) {
    assertThat(error(text.replace("\\n", "\n"))).isEqualTo(message);
  }
}
