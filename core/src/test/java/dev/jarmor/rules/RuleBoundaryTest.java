package dev.jarmor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.boundary.RuleBoundary;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBoundaryTest {

  private static CompiledProgram program;

  @BeforeAll
  static void compile(@TempDir Path work) throws IOException {
    program = CompiledProgram.compile(work, Map.of(
        "com/acme/Keep.java", """
            package com.acme;
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            public @interface Keep {}
            """,
        "com/acme/Marker.java", """
            package com.acme;
            public @interface Marker {}
            """,
        "com/acme/Service.java", """
            package com.acme;
            public interface Service { String call(String in); }
            """,
        "com/acme/Base.java", """
            package com.acme;
            @Marker public abstract class Base implements Service {}
            """,
        "com/acme/Impl.java", """
            package com.acme;
            public class Impl extends Base {
              private int count;
              public volatile long seq;
              static String[] tags;
              public Impl() {}
              public Impl(String s) {}
              public String call(String in) { return in; }
              @Keep void hidden(int[] a, java.util.List<String> l) {}
              static native void nat();
              public Model model(Model m, String s) { return m; }
            }
            """,
        "com/acme/SubImpl.java", """
            package com.acme;
            final class SubImpl extends Impl {
              boolean isReady() { return true; }
              void setReady(boolean b) {}
              String getName() { return ""; }
            }
            """,
        "com/acme/Model.java", """
            package com.acme;
            public class Model { String name; }
            """,
        "com/acme/Color.java", """
            package com.acme;
            public enum Color { RED, GREEN }
            """,
        "com/acme/internal/Helper.java", """
            package com.acme.internal;
            public class Helper { public static int twice(int x) { return 2 * x; } }
            """));
  }

  private static java.util.TreeSet<String> kept(String rules) {
    return program.kept(rules);
  }

  // ---- which classes

  @Test
  void keepWithoutMembersKeepsTheClassNameOnly() {
    assertThat(kept("-keep class com.acme.Impl")).containsExactly("com.acme.Impl");
  }

  @Test
  void doubleStarCrossesPackagesAndSingleStarDoesNot() {
    assertThat(kept("-keepnames class com.acme.**")).contains("com.acme.Impl", "com.acme.internal.Helper");
    assertThat(kept("-keepnames class com.acme.*")).contains("com.acme.Impl")
        .doesNotContain("com.acme.internal.Helper");
    assertThat(kept("-keepnames class com.acme.?odel")).containsExactly("com.acme.Model");
  }

  @Test
  void firstMatchingNameOfAListDecides() {
    assertThat(kept("-keepnames class !com.acme.Impl,com.acme.*Impl")).containsExactly("com.acme.SubImpl");
    // Impl matched the first pattern already: the negation after it does not take it back
    assertThat(kept("-keepnames class com.acme.*Impl,!com.acme.Impl,com.acme.Model")).containsExactly(
        "com.acme.Impl", "com.acme.Model", "com.acme.SubImpl");
    // a list ending in a negation accepts what it does not name
    assertThat(kept("-keepnames class !com.acme.**")).isEmpty();
    assertThat(kept("-keepnames class !com.acme.*")).containsExactly("com.acme.internal.Helper");
  }

  @Test
  void loneStarIsEveryClassInEveryPackage() {
    assertThat(kept("-keepnames class *")).contains("com.acme.Impl", "com.acme.internal.Helper").hasSize(9);
  }

  @Test
  void classTypeKeywordsRestrictTheMatch() {
    assertThat(kept("-keepnames interface com.acme.*"))
        .containsExactly("com.acme.Keep", "com.acme.Marker", "com.acme.Service");
    assertThat(kept("-keepnames @interface com.acme.*")).containsExactly("com.acme.Keep", "com.acme.Marker");
    assertThat(kept("-keepnames !interface com.acme.*")).containsExactly("com.acme.Base", "com.acme.Color",
        "com.acme.Impl", "com.acme.Model", "com.acme.SubImpl");
    assertThat(kept("-keepnames enum com.acme.*")).containsExactly("com.acme.Color");
    assertThat(kept("-keepnames abstract !interface com.acme.*")).containsExactly("com.acme.Base");
    assertThat(kept("-keepnames !public class com.acme.*")).containsExactly("com.acme.SubImpl");
    assertThat(kept("-keepnames final !enum com.acme.*")).containsExactly("com.acme.SubImpl");
  }

  @Test
  void extendsMatchesEverySupertypeButNotTheClassItself() {
    assertThat(kept("-keepnames class * extends com.acme.Base")).containsExactly("com.acme.Impl", "com.acme.SubImpl");
    assertThat(kept("-keepnames class * implements com.acme.Service"))
        .containsExactly("com.acme.Base", "com.acme.Impl", "com.acme.SubImpl");
    assertThat(kept("-keepnames class com.acme.* extends java.lang.Enum")).containsExactly("com.acme.Color");
    assertThat(kept("-keepnames class * extends java.lang.annotation.Annotation"))
        .containsExactly("com.acme.Keep", "com.acme.Marker");
  }

  @Test
  void annotationsOnClassesAndSupertypes() {
    // Marker has class retention: invisible annotations count too
    assertThat(kept("-keep @com.acme.Marker class *")).containsExactly("com.acme.Base");
    assertThat(kept("-keep class * extends @com.acme.Marker *")).containsExactly("com.acme.Impl", "com.acme.SubImpl");
    assertThat(kept("-keep @com.acme.Keep class *")).isEmpty();
  }

  // ---- which members

  @Test
  void keepWithAllMembersKeepsEveryDeclaredMember() {
    assertThat(kept("-keep class com.acme.Model { *; }"))
        .containsExactly("com.acme.Model", "com.acme.Model.<init>()V", "com.acme.Model.nameLjava/lang/String;");
  }

  @Test
  void keepClassMembersKeepsMembersOnly() {
    assertThat(kept("-keepclassmembers class * implements com.acme.Service { public <methods>; }")).containsExactly(
        "com.acme.Base.<init>()V",
        "com.acme.Impl.<init>()V",
        "com.acme.Impl.<init>(Ljava/lang/String;)V",
        "com.acme.Impl.call(Ljava/lang/String;)Ljava/lang/String;",
        "com.acme.Impl.model(Lcom/acme/Model;Ljava/lang/String;)Lcom/acme/Model;");
    assertThat(kept("-keepclassmembernames class com.acme.Model { <fields>; }"))
        .containsExactly("com.acme.Model.nameLjava/lang/String;");
  }

  @Test
  void keepClassesWithMembersNeedsEveryMemberSpecToMatch() {
    assertThat(kept("-keepclasseswithmembers class * { native <methods>; }"))
        .containsExactly("com.acme.Impl", "com.acme.Impl.nat()V");
    assertThat(kept("-keepclasseswithmembernames class * { native <methods>; int count; }"))
        .containsExactly("com.acme.Impl", "com.acme.Impl.countI", "com.acme.Impl.nat()V");
    assertThat(kept("-keepclasseswithmembernames class * { native <methods>; int nonexistent; }")).isEmpty();
    assertThat(kept("-keepclasseswithmembers class com.acme.* { <init>(java.lang.String); }"))
        .containsExactly("com.acme.Impl", "com.acme.Impl.<init>(Ljava/lang/String;)V");
  }

  @Test
  void keepClassesWithMembersWithoutMembersIsKeep() {
    assertThat(kept("-keepclasseswithmembers class com.acme.Model")).containsExactly("com.acme.Model");
  }

  @Test
  void memberAnnotations() {
    assertThat(kept("-keepclassmembers class * { @com.acme.Keep *; }"))
        .containsExactly("com.acme.Impl.hidden([ILjava/util/List;)V");
    assertThat(kept("-keepclassmembers class * { @com.acme.* <fields>; }")).isEmpty();
  }

  @Test
  void fieldTypesAndWildcards() {
    assertThat(kept("-keepclassmembers class com.acme.Impl { java.lang.String[] *; }"))
        .containsExactly("com.acme.Impl.tags[Ljava/lang/String;");
    assertThat(kept("-keepclassmembers class com.acme.Impl { % *; }"))
        .containsExactly("com.acme.Impl.countI", "com.acme.Impl.seqJ");
    assertThat(kept("-keepclassmembers class com.acme.Impl { *** *; }")).hasSize(3);
    // ** is any class, but never a primitive or an array
    assertThat(kept("-keepclassmembers class com.acme.* { ** *; }")).containsExactly(
        "com.acme.Color.GREENLcom/acme/Color;", "com.acme.Color.REDLcom/acme/Color;",
        "com.acme.Model.nameLjava/lang/String;");
    assertThat(kept("-keepclassmembers class com.acme.Impl { long s?q; }")).containsExactly("com.acme.Impl.seqJ");
  }

  @Test
  void methodTypesAndWildcards() {
    assertThat(kept("-keepclassmembers class com.acme.SubImpl { boolean is*(); void set*(***); *** get*(); }"))
        .containsExactly("com.acme.SubImpl.getName()Ljava/lang/String;", "com.acme.SubImpl.isReady()Z",
            "com.acme.SubImpl.setReady(Z)V");
    assertThat(kept("-keepclassmembers class com.acme.Impl { void hidden(...); }"))
        .containsExactly("com.acme.Impl.hidden([ILjava/util/List;)V");
    assertThat(kept("-keepclassmembers class com.acme.Impl { void hidden(int[], java.util.List); }")).hasSize(1);
    assertThat(kept("-keepclassmembers class com.acme.Impl { void hidden(int[]); }")).isEmpty();
    assertThat(kept("-keepclassmembers class com.acme.Impl { ** model(com.acme.*, ...); }")).hasSize(1);
    assertThat(kept("-keepclassmembers class com.acme.Impl { ** model(..., int); }")).isEmpty();
    // in a type, * does not cross packages: only a class of the default package would match
    assertThat(kept("-keepclassmembers class com.acme.Impl { * model(...); }")).isEmpty();
    assertThat(kept("-keepclassmembers enum * {"
        + " public static **[] values(); public static ** valueOf(java.lang.String); }"))
        .containsExactly("com.acme.Color.valueOf(Ljava/lang/String;)Lcom/acme/Color;",
            "com.acme.Color.values()[Lcom/acme/Color;");
  }

  @Test
  void constructors() {
    assertThat(kept("-keepclassmembers class com.acme.Impl { <init>(java.lang.String); }"))
        .containsExactly("com.acme.Impl.<init>(Ljava/lang/String;)V");
    assertThat(kept("-keepclassmembers class com.acme.Impl { Impl(java.lang.String); }"))
        .containsExactly("com.acme.Impl.<init>(Ljava/lang/String;)V");
    assertThat(kept("-keepclassmembers class com.acme.Impl { <init>(...); }"))
        .containsExactly("com.acme.Impl.<init>()V", "com.acme.Impl.<init>(Ljava/lang/String;)V");
  }

  @Test
  void methodWildcardsMatchConstructorsToo() {
    assertThat(kept("-keepclassmembers class com.acme.Model { *** *(...); }"))
        .containsExactly("com.acme.Model.<init>()V");
    assertThat(kept("-keepclassmembers class com.acme.Model { <methods>; }"))
        .containsExactly("com.acme.Model.<init>()V");
    assertThat(kept("-keepclassmembers class com.acme.Model { *** get*(...); }")).isEmpty();
  }

  @Test
  void accessModifiersAndNegations() {
    assertThat(kept("-keepclassmembers class com.acme.Impl { !public !static <fields>; }"))
        .containsExactly("com.acme.Impl.countI");
    assertThat(kept("-keepclassmembers class com.acme.Impl { volatile *; }")).containsExactly("com.acme.Impl.seqJ");
    assertThat(kept("-keepclassmembers class com.acme.Impl { static *; }"))
        .containsExactly("com.acme.Impl.nat()V", "com.acme.Impl.tags[Ljava/lang/String;");
  }

  @Test
  void allowObfuscationKeepsNothing() {
    assertThat(kept("-keep,allowobfuscation class com.acme.** { *; }")).isEmpty();
    assertThat(kept("-keep,allowshrinking,allowoptimization,includecode class com.acme.Model")).containsExactly(
        "com.acme.Model");
  }

  @Test
  void includeDescriptorClassesKeepsProgramClassesInKeptDescriptors() {
    List<Decision> decisions = program.decisions(
        "\n-keepclassmembers,includedescriptorclasses class com.acme.Impl { public com.acme.Model model(...); }");
    String rule = "-keepclassmembers,includedescriptorclasses class com.acme.Impl"
        + " { public com.acme.Model model(...); } (rules.pro:2)";
    assertThat(decisions).containsExactly(
        Decision.keep(Target.ofMethod("com/acme/Impl", "model", "(Lcom/acme/Model;Ljava/lang/String;)Lcom/acme/Model;"),
            "rule", rule),
        Decision.keep(Target.ofClass("com/acme/Model"), "rule", rule
            + ", in the descriptor of com.acme.Impl.model(Lcom/acme/Model;Ljava/lang/String;)Lcom/acme/Model;"));
  }

  @Test
  void reasonsNameTheRuleFileAndLine() {
    List<Decision> decisions = program.decisions("""
        # models
        -keep class com.acme.Model { *; }
        """);
    assertThat(decisions).extracting(Decision::reason).containsOnly(
        new Reason("rule", "-keep class com.acme.Model { *; } (rules.pro:2)"));
    assertThat(decisions).extracting(Decision::target).containsExactly(
        Target.ofClass("com/acme/Model"),
        Target.ofField("com/acme/Model", "name", "Ljava/lang/String;"),
        Target.ofMethod("com/acme/Model", "<init>", "()V"));
    assertThat(new RuleBoundary(RuleSet.EMPTY, RuleSet.EMPTY).id()).isEqualTo("rule");
  }

  @Test
  void eachMemberIsKeptOncePerRule() {
    assertThat(program.decisions("-keepclassmembers class com.acme.Model { <fields>; *; java.lang.String name; }"))
        .hasSize(2);
  }

  @Test
  void ruleGuardedByIfAppliesUnconditionally() {
    assertThat(kept("""
        -if class com.acme.Service
        -keepnames class com.acme.Model
        """)).containsExactly("com.acme.Model");
  }

  @Test
  void backReferencesMatchLikeWildcards() {
    assertThat(kept("-keepnames class com.acme.<1>Impl")).containsExactly("com.acme.Impl", "com.acme.SubImpl");
  }
}
